import { describe, expect, it } from 'vitest';
import { distanceToZone } from '../../../../src/lib/core/analysis/distanceToZone';
import { pointInZone } from '../../../../src/lib/core/analysis/pointInZone';
import { deepFreeze, DEG_KM, polygonFeature, readFixture } from './fixtures';

const diamond = polygonFeature(readFixture('lanes.geojson'), 'diamond');

describe('distanceToZone()', () => {
	it('distanceToZone() is zero inside the zone', () => {
		expect(distanceToZone([0.2, 0.2], diamond).distance.km).toBe(0);
	});

	it('distanceToZone() measures to the nearest point of a sloping edge', () => {
		// From (1, 1) the nearest point of the diamond's edge (1, 0)-(0, 1) is about (0.5, 0.5).
		const d = distanceToZone([1, 1], diamond);
		expect(d.onZone[0]).toBeCloseTo(0.5, 2);
		expect(Math.abs(d.distance.km - Math.SQRT1_2 * DEG_KM)).toBeLessThan(0.2);
	});

	it('distanceToZone() does not mutate its inputs', () => {
		const z = structuredClone(diamond);
		const p = [1, 1];
		const before = structuredClone([z, p]);
		distanceToZone(deepFreeze(p), deepFreeze(z));
		expect([z, p]).toEqual(before);
	});
});

describe('pointInZone()', () => {
	it('pointInZone() follows a sloping edge: inside just below it, outside just above it', () => {
		expect(pointInZone([0.5, 0.49], diamond)).toBe(true);
		expect(pointInZone([0.5, 0.51], diamond)).toBe(false);
	});

	it('pointInZone() counts the edge as inside', () => {
		expect(pointInZone([1, 0], diamond)).toBe(true);
	});

	it('pointInZone() does not mutate its inputs', () => {
		const z = structuredClone(diamond);
		const before = structuredClone(z);
		pointInZone(deepFreeze([0.5, 0.5]), deepFreeze(z));
		expect(z).toEqual(before);
	});
});
