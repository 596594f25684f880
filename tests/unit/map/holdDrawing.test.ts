import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { holdDrawing } from '../../../src/lib/map/holdDrawing';

/** A stand-in for the map: the painter's render, each source's loaded state, the camera. */
function fakeMap() {
	const loaded: Record<string, boolean> = { events: true, zones: true };
	const camera = { moving: false };
	const render = vi.fn();
	const triggerRepaint = vi.fn();
	const map = {
		painter: { render },
		getSource: (id: string) => (id in loaded ? {} : undefined),
		isSourceLoaded: (id: string) => loaded[id],
		isMoving: () => camera.moving,
		triggerRepaint
	};
	const frame = () =>
		(map as unknown as MlMap).painter.render(
			...([] as unknown as Parameters<MlMap['painter']['render']>)
		);
	return { map: map as unknown as MlMap, loaded, camera, render, triggerRepaint, frame };
}

afterEach(() => {
	vi.useRealTimers();
});

describe('holdDrawing()', () => {
	it('holdDrawing() draws every frame until asked to hold', () => {
		const { map, render, frame } = fakeMap();
		holdDrawing(map);
		frame();
		expect(render).toHaveBeenCalledTimes(1);
	});

	it('until() draws no frame while a source it names is laid out again', () => {
		const { map, loaded, render, frame } = fakeMap();
		loaded.events = false;
		holdDrawing(map).until(['events'], 200);
		frame();
		expect(render).not.toHaveBeenCalled();
	});

	it('until() draws once the sources are back, and every frame after', () => {
		const { map, loaded, render, frame } = fakeMap();
		loaded.events = false;
		holdDrawing(map).until(['events'], 200);
		frame();
		loaded.events = true;
		frame();
		loaded.events = false;
		frame();
		expect(render).toHaveBeenCalledTimes(2);
	});

	it('until() draws while the camera moves', () => {
		const { map, loaded, camera, render, frame } = fakeMap();
		loaded.events = false;
		camera.moving = true;
		holdDrawing(map).until(['events'], 200);
		frame();
		expect(render).toHaveBeenCalledTimes(1);
	});

	it('until() draws what it has after maxMs, asking for that frame', () => {
		vi.useFakeTimers();
		const { map, loaded, render, triggerRepaint, frame } = fakeMap();
		loaded.events = false;
		holdDrawing(map).until(['events'], 200);
		frame();
		vi.advanceTimersByTime(200);
		expect(triggerRepaint).toHaveBeenCalledTimes(1);
		frame();
		expect(render).toHaveBeenCalledTimes(1);
	});

	it('until() ignores a source the map no longer has', () => {
		const { map, render, frame } = fakeMap();
		holdDrawing(map).until(['gone'], 200);
		frame();
		expect(render).toHaveBeenCalledTimes(1);
	});
});
