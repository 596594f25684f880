import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { countInZones } from '../../../../src/lib/core/import/countInZones';

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
});
