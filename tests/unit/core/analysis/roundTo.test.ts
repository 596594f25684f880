import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../../src/lib/core/analysis/roundTo';

describe('roundTo()', () => {
	it('roundTo() rounds a coastline distance (basis ±0.5 km) to 1 km', () => {
		expect(roundTo(9.79, 0.5)).toBe(10);
		expect(roundTo(48.49, 0.5)).toBe(48);
	});

	it('roundTo() rounds the same distance in nm to 0.5 nm', () => {
		expect(roundTo(5.29, 0.5, 'nm')).toBe(5.5);
		expect(roundTo(26.2, 0.5, 'nm')).toBe(26);
	});

	it('roundTo() rounds to 2 km and 2 nm for a World Port Index basis of about 1 arc-minute (1.852 km)', () => {
		expect(roundTo(64.86, 1.852)).toBe(64);
		expect(roundTo(35.2, 1.852, 'nm')).toBe(36);
	});

	it('roundTo() leaves no floating-point tail', () => {
		expect(roundTo(0.3 * 3, 0.05)).toBe(0.9);
	});

	it('roundTo() rejects a basis that is not positive', () => {
		expect(() => roundTo(1, 0)).toThrow(RangeError);
	});
});
