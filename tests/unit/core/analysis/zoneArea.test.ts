import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { zoneArea } from '../../../../src/lib/core/analysis/zoneArea';
import { KM_PER_NM } from '../../../../src/lib/core/analysis/types';
import { deepFreeze, ellipsoidBandKm2, R_KM, RAD, readFixture } from './fixtures';

const square = readFixture<Feature<Polygon>>('square-equator.geojson');
const square60 = readFixture<Feature<Polygon>>('square-60n.geojson');

describe('zoneArea()', () => {
	it('zoneArea() of a 1° square at the equator is 12,308 km² within 0.5%', () => {
		expect(Math.abs(zoneArea(square).km2 / 12308 - 1)).toBeLessThan(0.005);
	});

	it('zoneArea() of a 1° square at the equator matches the closed-form WGS84 band area within 0.01%', () => {
		const expected = ellipsoidBandKm2(0, 1, 1); // 12,308.8 km²
		expect(Math.abs(zoneArea(square).km2 / expected - 1)).toBeLessThan(1e-4);
	});

	it('zoneArea() of a 1° square at the equator is 0.4-0.5% below the spherical formula R²·Δλ·Δsin(φ)', () => {
		const spherical = R_KM * R_KM * RAD * (Math.sin(1 * RAD) - Math.sin(0)); // 12,363.7 km²
		const ratio = zoneArea(square).km2 / spherical;
		expect(ratio).toBeGreaterThan(0.995);
		expect(ratio).toBeLessThan(0.996);
	});

	it('zoneArea() of a clockwise 1° square at 60°N matches the WGS84 band area within 0.01%', () => {
		const expected = ellipsoidBandKm2(60, 61, 1); // about 5,990 km²
		expect(Math.abs(zoneArea(square60).km2 / expected - 1)).toBeLessThan(1e-4);
	});

	it('zoneArea() gives nm² as km² / 1.852²', () => {
		const a = zoneArea(square);
		expect(a.nm2).toBeCloseTo(a.km2 / (KM_PER_NM * KM_PER_NM), 9);
	});

	it('zoneArea() accepts a bare Polygon as well as a Feature', () => {
		expect(zoneArea(square.geometry).km2).toBe(zoneArea(square).km2);
	});

	it('zoneArea() does not mutate its input', () => {
		const input = structuredClone(square);
		const before = structuredClone(input);
		zoneArea(deepFreeze(input));
		expect(input).toEqual(before);
	});
});
