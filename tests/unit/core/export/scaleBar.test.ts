import { describe, expect, it } from 'vitest';
import { metersPerPixel } from '../../../../src/lib/core/export/metersPerPixel';
import { scaleBar } from '../../../../src/lib/core/export/scaleBar';

describe('scaleBar()', () => {
	it('scaleBar() rounds down to a round number of kilometres', () => {
		expect(scaleBar(1500, 100, 'metric')).toEqual({ width: 200 / 3, label: '100 km' });
	});
	it('scaleBar() switches to metres below one kilometre', () => {
		expect(scaleBar(4, 100, 'metric')).toEqual({ width: 75, label: '300 m' });
	});
	it('scaleBar() measures nautical miles of 1852 m', () => {
		const bar = scaleBar(1852, 100, 'nautical');
		expect(bar).toEqual({ width: 100, label: '100 nm' });
	});
	it('scaleBar() prints fractions without floating-point noise', () => {
		expect(scaleBar(6, 100, 'nautical').label).toBe('0.3 nm');
	});
});

describe('metersPerPixel()', () => {
	it('metersPerPixel() is 78 km per pixel at zoom 0 on the equator (512 px world)', () => {
		expect(metersPerPixel(0, 0)).toBeCloseTo(78_271.5, 1);
	});
	it('metersPerPixel() shrinks with the cosine of the latitude and halves per zoom level', () => {
		expect(metersPerPixel(60, 1)).toBeCloseTo(78_271.5 / 4, 1);
	});
});
