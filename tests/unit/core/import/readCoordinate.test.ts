import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importErrorsEn as en } from '../../../../src/lib/core/i18n/messages/importErrors/en';
import { formatErrorReason } from '../../../../src/lib/core/import/formatRowError';
import {
	coordinateValue,
	isDecimal,
	readCoordinate
} from '../../../../src/lib/core/import/readCoordinate';

/** The value read, or why not in English. */
const read = (r: ReturnType<typeof readCoordinate>) =>
	r.ok ? r.value : formatErrorReason(r.reason, en);

describe('readCoordinate()', () => {
	it('readCoordinate() reads decimal degrees', () => {
		expect(readCoordinate(' -24.5 ', 'lat')).toEqual({ ok: true, value: -24.5 });
	});

	it('readCoordinate() refuses a latitude beyond 90 with the value and the limit as data', () => {
		expect(readCoordinate('200', 'lat')).toEqual({
			ok: false,
			reason: { code: 'notBetween', params: { value: '200', limit: 90 } }
		});
	});

	it('readCoordinate() refuses a latitude beyond 90 with the range in the message', () => {
		expect(read(readCoordinate('200', 'lat'))).toBe('200 is not between -90 and 90');
	});

	it('readCoordinate() allows a longitude of 180 and refuses 180.5', () => {
		expect(readCoordinate('180', 'lon').ok).toBe(true);
		expect(read(readCoordinate('180.5', 'lon'))).toBe('180.5 is not between -180 and 180');
	});

	it('readCoordinate() refuses text and quotes it', () => {
		expect(read(readCoordinate('abc', 'lat'))).toBe('"abc" is not a number in decimal degrees');
	});

	it('readCoordinate() quotes a long cell on one line, cut to 40 characters', () => {
		const r = readCoordinate(`a\n${'b'.repeat(60)}`, 'lat');
		expect(r.ok ? '' : r.reason.params).toEqual({ value: `a ${'b'.repeat(37)}…` });
	});

	it('readCoordinate() refuses degrees-minutes-seconds and hex that Number() would read', () => {
		expect(readCoordinate('0x10', 'lat').ok).toBe(false);
		expect(readCoordinate('24°30′N', 'lat').ok).toBe(false);
	});

	it('readCoordinate() refuses a number that overflows to Infinity', () => {
		expect(read(readCoordinate('1e400', 'lat'))).toBe('1e400 is not between -90 and 90');
	});

	it('readCoordinate() says an empty cell is empty', () => {
		expect(read(readCoordinate(undefined, 'lon'))).toBe('empty');
	});
});

/** Cells a coordinate column may hold: numbers in many spellings, and near misses. */
const cells = fc.oneof(
	fc.stringMatching(/^[ +-]?[0-9]{0,4}[.]?[0-9]{0,4}([eE][+-]?[0-9]{0,3})? ?$/),
	fc.string({ unit: fc.constantFrom(...'0123456789+-.eE xX,_\t'.split('')), maxLength: 10 }),
	fc.double().map(String),
	fc.constantFrom(
		'',
		' ',
		'.',
		'+',
		'-',
		'1.',
		'.5',
		'e5',
		'1e',
		'1e+',
		'0x1A',
		'Infinity',
		'1_000',
		'1e999',
		'-90',
		'90.0001',
		'90',
		'180',
		'-180'
	)
);

describe('isDecimal()', () => {
	it('isDecimal() agrees with the decimal-number pattern on any cell', () => {
		const pattern = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
		fc.assert(
			fc.property(cells, (s) => {
				expect(isDecimal(s)).toBe(pattern.test(s));
			}),
			{
				numRuns: 3000
			}
		);
	});
});

describe('coordinateValue()', () => {
	it('coordinateValue() gives the number of a trimmed decimal cell in range, else NaN', () => {
		const pattern = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
		fc.assert(
			fc.property(cells, fc.constantFrom('lat' as const, 'lon' as const), (s, axis) => {
				const t = s.trim();
				const limit = axis === 'lat' ? 90 : 180;
				const v = Number(t);
				const expected = pattern.test(t) && Math.abs(v) <= limit ? v : NaN;
				expect(coordinateValue(s, axis)).toBe(expected);
			}),
			{ numRuns: 3000 }
		);
	});

	it("coordinateValue() gives readCoordinate's value, and NaN exactly where it refuses", () => {
		fc.assert(
			fc.property(cells, fc.constantFrom('lat' as const, 'lon' as const), (s, axis) => {
				const r = readCoordinate(s, axis);
				expect(coordinateValue(s, axis)).toBe(r.ok ? r.value : NaN);
			}),
			{ numRuns: 3000 }
		);
	});
});
