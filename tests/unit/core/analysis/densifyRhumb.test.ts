import { rhumbDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { densifyRhumb } from '../../../../src/lib/core/analysis/densifyRhumb';
import { deepFreeze } from './fixtures';

describe('densifyRhumb()', () => {
	it('densifyRhumb() keeps every piece at or below the step', () => {
		const line = densifyRhumb(
			[
				[118, 23],
				[122, 27]
			],
			1
		);
		for (let i = 1; i < line.length; i++) {
			expect(rhumbDistance(line[i - 1] ?? [], line[i] ?? [])).toBeLessThanOrEqual(1 + 1e-9);
		}
	});

	it('densifyRhumb() keeps the input vertices and adds points on the rhumb line', () => {
		const line = densifyRhumb(
			[
				[0, 10],
				[1, 10]
			],
			10
		);
		expect(line[0]).toEqual([0, 10]);
		expect(line[line.length - 1]).toEqual([1, 10]);
		for (const p of line) expect(p[1]).toBeCloseTo(10, 9); // a parallel, not a great circle
	});

	it('densifyRhumb() does not mutate its input', () => {
		const coords = [
			[118, 23],
			[122, 27]
		];
		densifyRhumb(deepFreeze(coords), 50);
		expect(coords).toEqual([
			[118, 23],
			[122, 27]
		]);
	});
});
