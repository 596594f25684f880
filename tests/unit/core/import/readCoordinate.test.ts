import { describe, expect, it } from 'vitest';
import { readCoordinate } from '../../../../src/lib/core/import/readCoordinate';

describe('readCoordinate()', () => {
	it('readCoordinate() reads decimal degrees', () => {
		expect(readCoordinate(' -24.5 ', 'lat')).toEqual({ ok: true, value: -24.5 });
	});

	it('readCoordinate() refuses a latitude beyond 90 with the range in the message', () => {
		expect(readCoordinate('200', 'lat')).toEqual({
			ok: false,
			message: '200 is not between -90 and 90'
		});
	});

	it('readCoordinate() allows a longitude of 180 and refuses 180.5', () => {
		expect(readCoordinate('180', 'lon').ok).toBe(true);
		expect(readCoordinate('180.5', 'lon')).toEqual({
			ok: false,
			message: '180.5 is not between -180 and 180'
		});
	});

	it('readCoordinate() refuses text and quotes it', () => {
		expect(readCoordinate('abc', 'lat')).toEqual({
			ok: false,
			message: '"abc" is not a number in decimal degrees'
		});
	});

	it('readCoordinate() refuses degrees-minutes-seconds and hex that Number() would read', () => {
		expect(readCoordinate('0x10', 'lat').ok).toBe(false);
		expect(readCoordinate('24°30′N', 'lat').ok).toBe(false);
	});

	it('readCoordinate() refuses a number that overflows to Infinity', () => {
		expect(readCoordinate('1e400', 'lat')).toEqual({
			ok: false,
			message: '1e400 is not between -90 and 90'
		});
	});

	it('readCoordinate() says an empty cell is empty', () => {
		expect(readCoordinate(undefined, 'lon')).toEqual({ ok: false, message: 'empty' });
	});
});
