import { describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { drawWhenComplete } from '../../../src/lib/map/drawWhenComplete';

/**
 * A stand-in for the map: what drawWhenComplete reads (loaded state, the painter's render, the
 * style's label placement).
 */
function fakeMap() {
	const state = { loaded: false };
	const render = vi.fn();
	const style: { _updatePlacement: () => boolean; placement?: object } = {
		_updatePlacement: () => true
	};
	// As MapLibre's: each placement leaves `style.placement` behind.
	const place = vi.fn(() => {
		style.placement = {};
		return true;
	});
	style._updatePlacement = place;
	const map = { loaded: () => state.loaded, painter: { render }, style };
	return { state, render, place, map: map as unknown as MlMap };
}

/** The map's per-frame placement call, as MapLibre makes it. */
const placeFrame = (map: MlMap) =>
	(map as unknown as { style: { _updatePlacement: () => boolean } }).style._updatePlacement();

describe('drawWhenComplete()', () => {
	it('drawWhenComplete() draws no frame while tiles are missing', () => {
		const { map, render } = fakeMap();
		drawWhenComplete(map, 60_000);
		map.painter.render(...([] as unknown as Parameters<MlMap['painter']['render']>));
		expect(render).not.toHaveBeenCalled();
	});

	it('drawWhenComplete() draws once the map is loaded, after calling beforeFirstDraw', () => {
		const { map, render, state } = fakeMap();
		const order: string[] = [];
		render.mockImplementation(() => order.push('render'));
		drawWhenComplete(map, 60_000, () => order.push('before'));
		const args = [] as unknown as Parameters<MlMap['painter']['render']>;
		map.painter.render(...args);
		state.loaded = true;
		map.painter.render(...args);
		map.painter.render(...args);
		expect(order).toEqual(['before', 'render', 'render']);
	});

	it('drawWhenComplete() draws what it has after maxWaitMs', () => {
		const { map, render } = fakeMap();
		const now = vi.spyOn(performance, 'now').mockReturnValue(1000);
		drawWhenComplete(map, 500);
		now.mockReturnValue(1600);
		map.painter.render(...([] as unknown as Parameters<MlMap['painter']['render']>));
		now.mockRestore();
		expect(render).toHaveBeenCalledTimes(1);
	});

	it('drawWhenComplete() draws nothing, loaded or not, until it is released', () => {
		const { map, render, state } = fakeMap();
		let released = false;
		drawWhenComplete(
			map,
			60_000,
			() => {},
			() => released
		);
		const args = [] as unknown as Parameters<MlMap['painter']['render']>;
		state.loaded = true;
		map.painter.render(...args);
		expect(render).not.toHaveBeenCalled();
		released = true;
		map.painter.render(...args);
		expect(render).toHaveBeenCalledTimes(1);
	});

	it('drawWhenComplete() places labels once while tiles are missing, so a placement exists', () => {
		const { map, place } = fakeMap();
		drawWhenComplete(map, 60_000);
		const pending = [placeFrame(map), placeFrame(map), placeFrame(map)];
		expect(pending).toEqual([true, false, false]);
		expect(place).toHaveBeenCalledTimes(1);
	});

	it('drawWhenComplete() places the labels twice in the frame the map is loaded, so they settle', () => {
		const { map, place, state } = fakeMap();
		drawWhenComplete(map, 60_000);
		placeFrame(map);
		placeFrame(map);
		const held = place.mock.calls.length;
		state.loaded = true;
		placeFrame(map);
		expect([held, place.mock.calls.length]).toEqual([1, 3]);
	});

	it('drawWhenComplete() hands placement back to MapLibre after the loaded frame', () => {
		const { map, place, state } = fakeMap();
		drawWhenComplete(map, 60_000);
		placeFrame(map);
		state.loaded = true;
		placeFrame(map);
		state.loaded = false;
		placeFrame(map);
		expect(place).toHaveBeenCalledTimes(4);
	});
});
