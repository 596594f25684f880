import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { rangeRing } from '../../../../src/lib/core/analysis/rangeRing';
import { deepFreeze } from './fixtures';

describe('rangeRing()', () => {
	it('rangeRing() puts every vertex at the radius from the centre within 1 m', () => {
		const ring = rangeRing([121.5, 25], 44.448, 64).coordinates[0] ?? [];
		for (const p of ring) expect(Math.abs(distance([121.5, 25], p) - 44.448)).toBeLessThan(0.001);
	});

	it('rangeRing() returns a closed Polygon ring of steps + 1 positions', () => {
		const ring = rangeRing([0, 0], 100, 32);
		expect(ring.type).toBe('Polygon');
		expect(ring.coordinates[0]).toHaveLength(33);
		expect(ring.coordinates[0]?.[0]).toEqual(ring.coordinates[0]?.[32]);
	});

	it('rangeRing() rejects fewer than 3 steps and a non-positive radius', () => {
		expect(() => rangeRing([0, 0], 100, 2)).toThrow(RangeError);
		expect(() => rangeRing([0, 0], 0, 64)).toThrow(RangeError);
	});

	it('rangeRing() does not mutate its input', () => {
		const center = [121.5, 25];
		rangeRing(deepFreeze(center), 10, 8);
		expect(center).toEqual([121.5, 25]);
	});
});
