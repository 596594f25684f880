import { describe, expect, it } from 'vitest';
import { importErrorsEn as en } from '../../../../src/lib/core/i18n/messages/importErrors/en';
import { formatErrorReason } from '../../../../src/lib/core/import/formatRowError';
import { readCoordinate } from '../../../../src/lib/core/import/readCoordinate';

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
