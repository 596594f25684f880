import { describe, expect, it } from 'vitest';
import { splitAtRings } from '../../../../src/lib/core/analysis/splitAtRings';
import { deepFreeze, DEG_KM } from './fixtures';

const square = [
	[0, -1],
	[1, -1],
	[1, 1],
	[0, 1],
	[0, -1]
];

describe('splitAtRings()', () => {
	it('splitAtRings() cuts a line where it crosses a ring, into pieces of known length', () => {
		const pieces = splitAtRings(
			[
				[-1, 0],
				[2, 0]
			],
			[square]
		);
		expect(pieces).toHaveLength(3);
		for (const p of pieces) expect(Math.abs(p.km - DEG_KM)).toBeLessThan(0.001);
		expect(pieces[1]?.mid[0]).toBeCloseTo(0.5, 9);
	});

	it('splitAtRings() leaves a line that crosses no ring in one piece per segment', () => {
		const pieces = splitAtRings(
			[
				[5, 5],
				[6, 5],
				[6, 6]
			],
			[square]
		);
		expect(pieces).toHaveLength(2);
	});

	it('splitAtRings() does not mutate its inputs', () => {
		const line = [
			[-1, 0],
			[2, 0]
		];
		const rings = [structuredClone(square)];
		const before = structuredClone([line, rings]);
		splitAtRings(deepFreeze(line), deepFreeze(rings));
		expect([line, rings]).toEqual(before);
	});
});
