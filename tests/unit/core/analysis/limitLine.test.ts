import { booleanPointInPolygon, distance, pointToLineDistance, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { limitLine } from '../../../../src/lib/core/analysis/limitLine';
import { DEG_KM } from './fixtures';

const NM12_KM = 12 * 1.852;
const square = [
	[0, -0.5],
	[1, -0.5],
	[1, 0.5],
	[0, 0.5],
	[0, -0.5]
];

describe('limitLine()', () => {
	it('limitLine() runs 12 nm (22.224 km = 0.19987° of arc) either side of a straight baseline on the equator', () => {
		const line = limitLine(
			[
				[0, 0],
				[1, 0]
			],
			12
		);
		const lats = line.map((p) => p[1] ?? NaN);
		const expected = NM12_KM / DEG_KM;
		expect(Math.max(...lats)).toBeCloseTo(expected, 3);
		expect(Math.min(...lats)).toBeCloseTo(-expected, 3);
	});

	it('limitLine() keeps every point of the 12-nm line 12 nm from a closed baseline, within 50 m', () => {
		const line = limitLine(square, 12);
		const edge = {
			type: 'Feature' as const,
			properties: {},
			geometry: { type: 'LineString' as const, coordinates: square }
		};
		for (const p of line) {
			expect(
				Math.abs(pointToLineDistance(p, edge, { units: 'kilometers' }) - NM12_KM)
			).toBeLessThan(0.05);
		}
	});

	it("limitLine() draws a closed baseline's line outside it only (none of its points inside)", () => {
		const line = limitLine(square, 24);
		const area = polygon([square]);
		expect(line.some((p) => booleanPointInPolygon(p, area))).toBe(false);
		expect(line[0]).toEqual(line[line.length - 1]);
		expect(distance(line[0]!, [0.5, 0])).toBeGreaterThan(2 * NM12_KM);
	});

	it('limitLine() refuses a distance that is not positive', () => {
		expect(() => limitLine(square, 0)).toThrow(RangeError);
	});
});
