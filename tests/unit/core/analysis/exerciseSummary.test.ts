import { describe, expect, it } from 'vitest';
import {
	APPROACH_KM,
	exerciseSummary,
	STRAIT_BOX,
	type SummaryContext
} from '../../../../src/lib/core/analysis/exerciseSummary';
import type { Box } from '../../../../src/lib/core/analysis/types';
import {
	deepFreeze,
	DEG_KM,
	ellipsoidBandKm2,
	lineFeature,
	pointFeatures,
	polygonFeature,
	R_KM,
	RAD,
	readFixture
} from './fixtures';

const fc = readFixture('exercise.geojson');
const zones = ['z1', 'z2', 'z3'].map((id) => polygonFeature(fc, id));
const context = (): SummaryContext => ({
	coast: lineFeature(fc, 'coast'),
	lanes: ['lane-a', 'lane-b', 'lane-c'].map((id) => lineFeature(fc, id)),
	ports: pointFeatures(fc),
	box: fc.box as Box
});

describe('exerciseSummary()', () => {
	it('exerciseSummary() lists the zone ids in order', () => {
		expect(exerciseSummary(zones, context()).zoneIds).toEqual(['z1', 'z2', 'z3']);
	});

	it('exerciseSummary() totals the zone areas (WGS84 band areas within 0.01%)', () => {
		const expected = 2 * ellipsoidBandKm2(0, 1, 1) + ellipsoidBandKm2(2, 3, 1);
		const total = exerciseSummary(zones, context()).totalArea.km2;
		expect(Math.abs(total / expected - 1)).toBeLessThan(1e-4);
	});

	it('exerciseSummary() finds the zone closest to the coast and its distance within 1 m', () => {
		const c = exerciseSummary(zones, context()).closestApproach;
		expect(c?.zoneId).toBe('z1');
		const expected = R_KM * Math.asin(Math.sin(RAD) * Math.cos(RAD)); // 111.178 km
		expect(Math.abs((c?.distance.km ?? NaN) - expected)).toBeLessThan(0.001);
	});

	it('exerciseSummary() gives the share of lane length in the box that runs through a zone (20%)', () => {
		expect(exerciseSummary(zones, context()).lanes.share).toBeCloseTo(0.2, 6);
	});

	it('exerciseSummary() takes the lane length clipped to the box as the denominator', () => {
		const expected = 5 * DEG_KM * (Math.cos(0.5 * RAD) + Math.cos(2.5 * RAD));
		expect(Math.abs(exerciseSummary(zones, context()).lanes.boxKm - expected)).toBeLessThan(0.01);
	});

	it('exerciseSummary() leaves lane length in a zone outside the box out of the share but not out of insideKm', () => {
		const lanes = exerciseSummary(zones, context()).lanes;
		const expected = DEG_KM * (2 * Math.cos(0.5 * RAD) + Math.cos(2.5 * RAD));
		expect(lanes.insideBoxKm / lanes.boxKm).toBeCloseTo(0.2, 6);
		expect(Math.abs(lanes.insideKm - expected)).toBeLessThan(0.01);
	});

	it('exerciseSummary() lists the lanes that cross a zone', () => {
		expect(exerciseSummary(zones, context()).lanes.crossed).toEqual(['lane-a', 'lane-b']);
	});

	it('exerciseSummary() finds the ports whose 24-nm circle meets a zone, with the zone and distance', () => {
		const ports = exerciseSummary(zones, context()).portsWithZoneAcross;
		expect(ports.map((p) => [p.id, p.zoneId])).toEqual([['port-close', 'z1']]);
		expect(Math.abs((ports[0]?.distance.km ?? NaN) - 0.3 * DEG_KM)).toBeLessThan(0.001);
	});

	it('exerciseSummary() uses a 24-nm (44.448 km) approach and STRAIT_BOX by default', () => {
		const s = exerciseSummary(zones, { ...context(), box: undefined });
		expect(APPROACH_KM).toBeCloseTo(44.448, 9);
		expect(s.approachKm).toBe(APPROACH_KM);
		expect(s.lanes.box).toEqual(STRAIT_BOX);
	});

	it('exerciseSummary() of no zones has no closest approach and no share', () => {
		const s = exerciseSummary([], context());
		expect(s.closestApproach).toBeNull();
		expect(s.lanes.share).toBe(0);
		expect(s.totalArea.km2).toBe(0);
	});

	it('exerciseSummary() does not mutate its inputs', () => {
		const z = structuredClone(zones);
		const ctx = structuredClone(context());
		const before = structuredClone([z, ctx]);
		exerciseSummary(deepFreeze(z), deepFreeze(ctx));
		expect([z, ctx]).toEqual(before);
	});
});
