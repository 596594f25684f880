import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { toMercator } from '@turf/turf';
import { countInZones, mercatorInto } from '../../../../src/lib/core/import/countInZones';

const square: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[120, 24],
			[121, 24],
			[121, 25],
			[120, 25],
			[120, 24]
		]
	]
};

const points = {
	count: 4,
	lon: Float64Array.from([120.5, 121, 122, 120.2]),
	lat: Float64Array.from([24.5, 24.5, 24.5, 24.9]),
	start: Float64Array.from([10, 20, 30, NaN])
};

describe('countInZones()', () => {
	it('countInZones() counts points inside a zone, edge included', () => {
		expect(countInZones(points, [square])).toEqual([3]);
	});

	it('countInZones() counts only points started by the time given (untimed always)', () => {
		expect(countInZones(points, [square], 15)).toEqual([2]);
	});

	it('countInZones() gives one count per zone', () => {
		const far: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				]
			]
		};
		expect(countInZones(points, [square, far])).toEqual([3, 0]);
	});

	it('countInZones() counts only the points with an index in the range given', () => {
		expect(countInZones(points, [square], undefined, 1, 3)).toEqual([1]);
		expect(countInZones(points, [square], undefined, 0, 1)).toEqual([1]);
		expect(countInZones(points, [square], undefined, 3, 99)).toEqual([1]);
	});
});

describe('mercatorInto()', () => {
	it('mercatorInto() gives what turf toMercator gives, bit for bit, clamping and wrapping included', () => {
		const out = [0, 0];
		const lons = [-540, -181, -180, -179.5, -10.25, 0, 0.1, 121.5654, 179.999, 180, 181, 370];
		const lats = [-90, -89.9, -85.06, -45.3, 0, 1e-9, 23.97, 25.04, 85.06, 89.99, 90];
		for (const lon of lons)
			for (const lat of lats) {
				expect(mercatorInto(lon, lat, out), `${lon}, ${lat}`).toEqual(toMercator([lon, lat]));
			}
	});
});
