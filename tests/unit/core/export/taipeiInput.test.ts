import { describe, expect, it } from 'vitest';
import { fromTaipeiInput } from '../../../../src/lib/core/export/fromTaipeiInput';
import { toTaipeiInput } from '../../../../src/lib/core/export/toTaipeiInput';

describe('toTaipeiInput()', () => {
	it('toTaipeiInput() writes a time in Taipei time for a datetime-local input', () => {
		expect(toTaipeiInput(Date.UTC(2025, 11, 28, 16))).toBe('2025-12-29T00:00');
	});
});

describe('fromTaipeiInput()', () => {
	it('fromTaipeiInput() reads a datetime-local value as Taipei time', () => {
		expect(fromTaipeiInput('2025-12-29T00:00')).toBe(Date.UTC(2025, 11, 28, 16));
	});
	it('fromTaipeiInput() gives NaN for an empty or malformed value', () => {
		expect(fromTaipeiInput('')).toBeNaN();
		expect(fromTaipeiInput('29/12/2025 00:00')).toBeNaN();
	});
});
