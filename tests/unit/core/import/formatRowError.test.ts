import { describe, expect, it } from 'vitest';
import { importErrorsEn as en } from '../../../../src/lib/core/i18n/messages/importErrors/en';
import { messages as ja } from '../../../../src/lib/core/i18n/messages/importErrors/ja';
import { messages as zhHant } from '../../../../src/lib/core/i18n/messages/importErrors/zh-Hant';
import {
	formatErrorPlace,
	formatErrorReason,
	formatRowError,
	rowErrorKey
} from '../../../../src/lib/core/import/formatRowError';
import {
	ROW_ERROR_CODES,
	type RowError,
	type RowErrorReason
} from '../../../../src/lib/core/import/types';

const LATITUDE: RowError = {
	where: { kind: 'row', n: 7 },
	column: 'latitude',
	code: 'notBetween',
	params: { value: '200', limit: 90 }
};

describe('formatRowError()', () => {
	it('formatRowError() writes a row error in English', () => {
		expect(formatRowError(LATITUDE, en)).toBe(
			'row 7, column latitude: 200 is not between -90 and 90'
		);
	});

	it('formatRowError() writes a row error in Traditional Chinese', () => {
		expect(formatRowError(LATITUDE, zhHant)).toBe(
			'第 7 列，「latitude」欄：200 不在 -90 到 90 之間'
		);
	});

	it('formatRowError() writes a row error in Japanese', () => {
		expect(formatRowError(LATITUDE, ja)).toBe(
			'7 行目、列「latitude」：200 は -90〜90 の範囲外です'
		);
	});

	it('formatRowError() names the coordinate at fault in a feature', () => {
		const error: RowError = { ...LATITUDE, where: { kind: 'feature', n: 3 }, column: undefined };
		expect(formatRowError({ ...error, axis: 'lat' }, en)).toBe(
			'feature 3: latitude 200 is not between -90 and 90'
		);
	});

	it('formatRowError() writes row numbers without thousands separators', () => {
		const error: RowError = { where: { kind: 'row', n: 12345 }, code: 'empty', params: {} };
		expect(formatRowError(error, en)).toBe('row 12345: empty');
	});

	it('formatRowError() inserts values from the file as they are, braces and markup included', () => {
		const error: RowError = {
			where: { kind: 'row', n: 2 },
			column: '{n}',
			code: 'notDecimalDegrees',
			params: { value: '<b>{limit}</b>' }
		};
		expect(formatRowError(error, en)).toBe(
			'row 2, column {n}: "<b>{limit}</b>" is not a number in decimal degrees'
		);
	});
});

describe('formatErrorReason()', () => {
	it('formatErrorReason() passes JSON.parse’s own words through inside the language’s sentence', () => {
		const reason: RowErrorReason = {
			code: 'jsonInvalidDetail',
			params: { detail: 'Unexpected end of JSON input' }
		};
		expect(formatErrorReason(reason, ja)).toBe(
			'正しい JSON ではありません：Unexpected end of JSON input'
		);
	});
});

describe('formatErrorPlace()', () => {
	it('formatErrorPlace() names the whole file in each language', () => {
		expect([en, zhHant, ja].map((m) => formatErrorPlace({ kind: 'file' }, m))).toEqual([
			'file',
			'檔案',
			'ファイル'
		]);
	});
});

describe('rowErrorKey()', () => {
	it('rowErrorKey() finds an English message for every code', () => {
		expect(ROW_ERROR_CODES.filter((code) => !en[rowErrorKey(code)])).toEqual([]);
	});
});
