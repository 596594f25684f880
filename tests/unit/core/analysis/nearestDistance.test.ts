import { describe, expect, it } from 'vitest';
import { nearestDistance } from '../../../../src/lib/core/analysis/nearestDistance';
import { KM_PER_NM } from '../../../../src/lib/core/analysis/types';
import {
	deepFreeze,
	DEG_KM,
	lineFeature,
	polygonFeature,
	R_KM,
	RAD,
	readFixture
} from './fixtures';

const fc = readFixture('meridian-coast.geojson');
const zone = polygonFeature(fc, 'zone');

describe('nearestDistance()', () => {
	it('nearestDistance() from a square to a straight meridian coast is R·asin(sin 0.5°·cos 0.5°) within 1 m', () => {
		const expected = R_KM * Math.asin(Math.sin(0.5 * RAD) * Math.cos(0.5 * RAD)); // 55.5955 km
		const near = nearestDistance(zone, lineFeature(fc, 'meridian'));
		expect(Math.abs(near.distance.km - expected)).toBeLessThan(0.001);
	});

	it('nearestDistance() to a meridian coast finds a west corner of the zone and a point on the meridian', () => {
		const near = nearestDistance(zone, lineFeature(fc, 'meridian'));
		expect(near.onZone[0]).toBeCloseTo(0.5, 6);
		expect(Math.abs(near.onZone[1] ?? NaN)).toBeCloseTo(0.5, 6);
		expect(near.onCoast[0]).toBeCloseTo(0, 9);
	});

	it('nearestDistance() measures from a coast vertex to a long zone edge between its corners (a cape 0.5° away)', () => {
		const expected = R_KM * Math.asin(Math.cos(0.1234 * RAD) * Math.sin(0.5 * RAD)); // 55.5975 km
		const near = nearestDistance(zone, lineFeature(fc, 'cape'));
		expect(Math.abs(near.distance.km - expected)).toBeLessThan(0.001); // not 78 km to a corner
		expect(near.onCoast).toEqual([0, 0.1234]);
	});

	it('nearestDistance() puts the nearest zone point at the foot of the perpendicular, not at a densified vertex', () => {
		const near = nearestDistance(zone, lineFeature(fc, 'cape'));
		expect(near.onZone[0]).toBeCloseTo(0.5, 6);
		expect(Math.abs((near.onZone[1] ?? NaN) - 0.1234)).toBeLessThan(1e-4); // 11 m
	});

	it('nearestDistance() follows a zone edge along a parallel as drawn, not the great circle between its corners', () => {
		const pe = readFixture('parallel-edge.geojson');
		const near = nearestDistance(polygonFeature(pe, 'zone'), lineFeature(pe, 'cape'));
		expect(Math.abs(near.distance.km - 0.2 * DEG_KM)).toBeLessThan(0.001); // 22.239 km, not 9.9 km
	});

	it('nearestDistance() gives nm as km / 1.852', () => {
		const near = nearestDistance(zone, lineFeature(fc, 'cape'));
		expect(near.distance.nm).toBeCloseTo(near.distance.km / KM_PER_NM, 9);
	});

	it('nearestDistance() is zero where the coast crosses the zone, at a shared point on its edge', () => {
		const near = nearestDistance(zone, lineFeature(fc, 'crossing'));
		expect(near.distance.km).toBe(0);
		expect(near.onZone).toEqual(near.onCoast);
		expect(near.onZone[0]).toBeCloseTo(1, 6);
		expect(Math.abs(near.onZone[1] ?? NaN)).toBeCloseTo(0.5, 6);
	});

	it('nearestDistance() is zero for a zone that lies inside a land polygon', () => {
		expect(nearestDistance(zone, polygonFeature(fc, 'land')).distance.km).toBe(0);
	});

	it('nearestDistance() does not mutate its inputs', () => {
		const z = structuredClone(zone);
		const coast = structuredClone(lineFeature(fc, 'cape'));
		const before = structuredClone([z, coast]);
		nearestDistance(deepFreeze(z), deepFreeze(coast));
		nearestDistance(z, lineFeature(fc, 'crossing'));
		expect([z, coast]).toEqual(before);
	});
});
