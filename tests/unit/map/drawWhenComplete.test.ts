import { describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { drawWhenComplete } from '../../../src/lib/map/drawWhenComplete';

/** A stand-in for the map: what drawWhenComplete reads (loaded state, the painter's render). */
function fakeMap() {
	const state = { loaded: false };
	const render = vi.fn();
	const map = { loaded: () => state.loaded, painter: { render } };
	return { state, render, map: map as unknown as MlMap };
}

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
});
