import { describe, expect, it } from 'vitest';
import { roundSignificant } from '../../../../src/lib/core/analysis/roundSignificant';

describe('roundSignificant()', () => {
	it('roundSignificant() rounds an area to 3 significant figures', () => {
		expect(roundSignificant(12308.78)).toBe(12300);
		expect(roundSignificant(8445.5)).toBe(8450);
	});

	it('roundSignificant() keeps small figures to the digits asked for', () => {
		expect(roundSignificant(0.0123456, 2)).toBe(0.012);
	});

	it('roundSignificant() leaves 0 at 0', () => {
		expect(roundSignificant(0)).toBe(0);
	});

	it('roundSignificant() rejects 0 digits', () => {
		expect(() => roundSignificant(1, 0)).toThrow(RangeError);
	});
});
