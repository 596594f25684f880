import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { holdDrawing } from '../../../src/lib/map/holdDrawing';

/** A stand-in for the map: the painter's render, each source's loaded state, the camera. */
function fakeMap() {
	const loaded: Record<string, boolean> = { events: true, zones: true };
	const camera = { moving: false };
	const render = vi.fn();
	const triggerRepaint = vi.fn();
	const place = vi.fn(() => true);
	const ask = vi.fn();
	const style = {
		_updatePlacement: place,
		/** As MapLibre's: an update after a change fires a style `data` event, which asks again. */
		update() {
			(map as unknown as { _update: (s: boolean) => void })._update(true);
		}
	};
	const map = {
		style,
		_update: ask,
		_sourcesDirty: false,
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
	return {
		map: map as unknown as MlMap,
		loaded,
		camera,
		render,
		triggerRepaint,
		frame,
		place,
		style,
		ask,
		dirty: () => map._sourcesDirty
	};
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

	it('until() places labels twice in the frame the tiles come back in, then once a frame', () => {
		const { map, loaded, place, style } = fakeMap();
		loaded.events = false;
		holdDrawing(map).until(['events'], 200);
		style._updatePlacement();
		expect(place).toHaveBeenCalledTimes(1);
		loaded.events = true;
		style._updatePlacement();
		expect(place).toHaveBeenCalledTimes(3);
		style._updatePlacement();
		expect(place).toHaveBeenCalledTimes(4);
	});

	it('until() lets the next style update ask for no frame after its own', () => {
		const { map, style, ask, dirty } = fakeMap();
		holdDrawing(map).until(['events'], 200);
		style.update();
		expect(ask).not.toHaveBeenCalled();
		expect(dirty()).toBe(true);
		style.update();
		expect(ask).toHaveBeenCalledWith(true);
	});
});
