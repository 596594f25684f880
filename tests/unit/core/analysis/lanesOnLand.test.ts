import type { Feature, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { lanesOnLand } from '../../../../src/lib/core/analysis/lanesOnLand';
import { DEG_KM } from './fixtures';

const island: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[0, -1],
			[1, -1],
			[1, 1],
			[0, 1],
			[0, -1]
		]
	]
};
const lane = (id: string, coordinates: number[][]): Feature<LineString, { id: string }> => ({
	type: 'Feature',
	properties: { id },
	geometry: { type: 'LineString', coordinates }
});

describe('lanesOnLand()', () => {
	it('lanesOnLand() gives a lane across a 1° square island 1° of the equator (111.195 km) on land', () => {
		const [hit] = lanesOnLand(
			[
				lane('across', [
					[-1, 0],
					[2, 0]
				])
			],
			[island]
		);
		expect(hit?.id).toBe('across');
		expect(Math.abs((hit?.onLand.km ?? NaN) - DEG_KM)).toBeLessThan(0.001);
		const [stretch] = hit?.stretches ?? [];
		expect(hit?.stretches).toHaveLength(1);
		expect(stretch?.start[0]).toBeCloseTo(0, 9);
		expect(stretch?.end[0]).toBeCloseTo(1, 9);
	});

	it('lanesOnLand() leaves out a lane that stays at sea or only touches a corner', () => {
		const out = lanesOnLand(
			[
				lane('sea', [
					[-1, 2],
					[2, 2]
				]),
				lane('corner', [
					[-1, 0],
					[1, 2]
				])
			],
			[island]
		);
		expect(out).toEqual([]);
	});

	it('lanesOnLand() reads the polygons of a MultiPolygon', () => {
		const multi = { type: 'MultiPolygon' as const, coordinates: [island.coordinates] };
		const out = lanesOnLand(
			[
				lane('across', [
					[0.5, -2],
					[0.5, 2]
				])
			],
			[multi]
		);
		expect(Math.abs((out[0]?.onLand.km ?? NaN) - 2 * DEG_KM)).toBeLessThan(0.001);
	});
});
