import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startOrder } from '../../../../src/lib/core/import/startOrder';

/** The order a stable comparator sort gives, untimed last. */
function expected(xs: number[]): number[] {
	const key = (i: number) => (Number.isNaN(xs[i]!) ? Infinity : xs[i]!);
	return xs.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
}

const DAY = 86_400_000;

describe('startOrder', () => {
	it('startOrder keeps equal starts in their order and puts untimed points last', () => {
		expect([...startOrder(new Float64Array([3, 1, NaN, 1, 3, NaN]))]).toEqual([1, 3, 0, 4, 2, 5]);
	});

	it('startOrder sorts whole milliseconds over a few days as a stable sort would', () => {
		const start = fc.oneof(
			fc.integer({ min: Date.UTC(2025, 10, 1), max: Date.UTC(2025, 10, 1) + 60 * DAY }),
			fc.constant(NaN)
		);
		fc.assert(
			fc.property(fc.array(start, { maxLength: 200 }), (xs) => {
				expect([...startOrder(Float64Array.from(xs))]).toEqual(expected(xs));
			})
		);
	});

	it('startOrder sorts fractional or far-apart starts as a stable sort would', () => {
		const start = fc.oneof(
			fc.double({ min: -1e15, max: 1e15, noNaN: true }),
			fc.constant(NaN),
			fc.constant(0)
		);
		fc.assert(
			fc.property(fc.array(start, { maxLength: 200 }), (xs) => {
				expect([...startOrder(Float64Array.from(xs))]).toEqual(expected(xs));
			})
		);
	});
});
