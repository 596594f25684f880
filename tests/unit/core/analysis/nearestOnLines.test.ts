import { describe, expect, it } from 'vitest';
import { nearestOnLines } from '../../../../src/lib/core/analysis/nearestOnLines';
import { deepFreeze, DEG_KM } from './fixtures';

describe('nearestOnLines()', () => {
	it('nearestOnLines() finds the foot of the perpendicular inside a long segment', () => {
		const near = nearestOnLines(
			[1, 0],
			[
				[
					[0, -10],
					[0, 10]
				]
			]
		);
		expect(Math.abs(near.km - DEG_KM)).toBeLessThan(0.001);
		expect(near.point[0]).toBeCloseTo(0, 9);
		expect(near.point[1]).toBeCloseTo(0, 9);
	});

	it('nearestOnLines() takes the nearest of several lines', () => {
		const near = nearestOnLines(
			[0, 0],
			[
				[
					[3, -1],
					[3, 1]
				],
				[
					[-2, -1],
					[-2, 1]
				]
			]
		);
		expect(Math.abs(near.km - 2 * DEG_KM)).toBeLessThan(0.001);
	});

	it('nearestOnLines() of no positions is Infinity', () => {
		expect(nearestOnLines([0, 0], []).km).toBe(Infinity);
	});

	it('nearestOnLines() does not mutate its inputs', () => {
		const p = [1, 0];
		const lines = [
			[
				[0, -10],
				[0, 10]
			]
		];
		const before = structuredClone([p, lines]);
		nearestOnLines(deepFreeze(p), deepFreeze(lines));
		expect([p, lines]).toEqual(before);
	});
});
