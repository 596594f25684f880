import { describe, expect, it } from 'vitest';
import { greatCircle } from '../../../../src/lib/core/analysis/greatCircle';
import { deepFreeze, DEG_KM, R_KM } from './fixtures';

describe('greatCircle()', () => {
	it('greatCircle() along a quarter of the equator is πR/2 (10,007.5 km) within 1 m', () => {
		const leg = greatCircle([0, 0], [90, 0]);
		expect(Math.abs(leg.distance.km - (Math.PI * R_KM) / 2)).toBeLessThan(0.001);
	});

	it('greatCircle() gives nautical miles: 1° of arc is 60.04 nm', () => {
		expect(greatCircle([0, 0], [0, 1]).distance.nm).toBeCloseTo(DEG_KM / 1.852, 9);
	});

	it('greatCircle() gives the initial bearing: north 0, east 90, south 180, west 270', () => {
		const bearings = [
			[0, 1],
			[1, 0],
			[0, -1],
			[-1, 0]
		].map((b) => greatCircle([0, 0], b).bearing);
		expect(bearings.map((b) => Math.round(b * 1e9) / 1e9)).toEqual([0, 90, 180, 270]);
	});

	it('greatCircle() gives the initial, not the final, bearing on a long leg (Taipei to Tokyo)', () => {
		const leg = greatCircle([121.568333, 25.035833], [139.751407, 35.685017]);
		expect(leg.bearing).toBeGreaterThan(50);
		expect(leg.bearing).toBeLessThan(60);
	});

	it('greatCircle() does not mutate its inputs', () => {
		const a = [121.5, 25];
		const b = [-77, 38.9];
		greatCircle(deepFreeze(a), deepFreeze(b));
		expect([a, b]).toEqual([
			[121.5, 25],
			[-77, 38.9]
		]);
	});
});
