import { describe, expect, it } from 'vitest';
import type { RowError } from '../../../../src/lib/core/import/types';
import { legacyPlace, upgradeRowError } from '../../../../src/lib/core/import/upgradeRowError';
import { inEnglish } from './helpers';

describe('legacyPlace()', () => {
	it('legacyPlace() reads the place older versions wrote in words', () => {
		expect(['row 7', 'line 3', 'placemark 2', 'file'].map(legacyPlace)).toEqual([
			{ kind: 'row', n: 7 },
			{ kind: 'line', n: 3 },
			{ kind: 'placemark', n: 2 },
			{ kind: 'file' }
		]);
	});
});

describe('upgradeRowError()', () => {
	it('upgradeRowError() leaves an error that is already data as it is', () => {
		const error: RowError = { where: { kind: 'row', n: 2 }, code: 'empty', params: {} };
		expect(upgradeRowError(error)).toBe(error);
	});

	it('upgradeRowError() keeps an old message as words of its own, with its place as data', () => {
		expect(upgradeRowError({ where: 'feature 12', message: 'no geometry' })).toEqual({
			where: { kind: 'feature', n: 12 },
			code: 'text',
			params: { text: 'no geometry' }
		});
	});

	it('upgradeRowError() makes an old error read in English as it did', () => {
		const old = { where: 'row 3', column: 'lat', message: '200 is not between -90 and 90' };
		expect(inEnglish([upgradeRowError(old)])).toEqual([
			'row 3, column lat: 200 is not between -90 and 90'
		]);
	});

	it('upgradeRowError() keeps a place it cannot read in the words of the error', () => {
		expect(inEnglish([upgradeRowError({ where: 'cell B7', message: 'bad' })])).toEqual([
			'file: cell B7: bad'
		]);
	});
});
