import { formatMessage } from '../i18n/formatMessage';
import type { ImportErrorMessages } from '../i18n/messages/importErrors/en';
import type { RowError, RowErrorCode, RowErrorPlace, RowErrorReason } from './types';

/** The catalogue's words for import errors (the `importError…` keys), in one language. */
export type ImportErrorWords = ImportErrorMessages;

/**
 * The catalogue key of a code's message: 'notBetween' → 'importErrorNotBetween'. Reading it from
 * the words (formatErrorReason) fails to compile when a code has no message in the catalogue.
 */
type CodeKey = `importError${Capitalize<RowErrorCode>}`;

/** The catalogue key of each place's name ("row {n}", "file", …). */
const PLACE_KEYS = {
	row: 'importErrorRow',
	line: 'importErrorLine',
	feature: 'importErrorFeature',
	placemark: 'importErrorPlacemark',
	file: 'importErrorFile'
} as const satisfies Record<RowErrorPlace['kind'], keyof ImportErrorWords>;

/** The catalogue key of a code's message. */
export function rowErrorKey(code: RowErrorCode): CodeKey {
	return `importError${code.charAt(0).toUpperCase()}${code.slice(1)}` as CodeKey;
}

/**
 * A reason's values as text. Numbers are row, line and byte numbers or degree limits, so they are
 * written as they are, without the thousands separators formatMessage would add.
 */
function plain(params: Readonly<Record<string, string | number>>): Record<string, string> {
	return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
}

/**
 * What is wrong, in the catalogue's language, without where.
 * @example formatErrorReason({ code: 'notBetween', params: { value: '200', limit: 90 } }, en) // "200 is not between -90 and 90"
 */
export function formatErrorReason(reason: RowErrorReason, words: ImportErrorWords): string {
	return formatMessage(words[rowErrorKey(reason.code)], plain(reason.params));
}

/**
 * Where an error is, in the catalogue's language.
 * @example formatErrorPlace({ kind: 'row', n: 7 }, en) // "row 7"
 */
export function formatErrorPlace(where: RowErrorPlace, words: ImportErrorWords): string {
	if (where.kind === 'file') return words[PLACE_KEYS.file];
	return formatMessage(words[PLACE_KEYS[where.kind]], { n: String(where.n) });
}

/**
 * What is wrong, with the coordinate at fault when the error names one ("latitude 200 is not
 * between -90 and 90"), without where or the column.
 */
export function formatErrorMessage(error: RowError, words: ImportErrorWords): string {
	const message = formatErrorReason(error, words);
	if (error.axis === undefined) return message;
	const key = error.axis === 'lat' ? 'importErrorLatitude' : 'importErrorLongitude';
	return formatMessage(words[key], { message });
}

/**
 * One row error as a sentence in the catalogue's language (pass `language.m` for the active one).
 * Values from the file are inserted as plain text.
 * @example formatRowError({ where: { kind: 'row', n: 7 }, column: 'latitude', code: 'notBetween', params: { value: '200', limit: 90 } }, en) // "row 7, column latitude: 200 is not between -90 and 90"
 */
export function formatRowError(error: RowError, words: ImportErrorWords): string {
	const where = formatErrorPlace(error.where, words);
	const place =
		error.column === undefined
			? where
			: formatMessage(words.importErrorWithColumn, {
					where,
					column: formatMessage(words.importErrorColumn, { name: error.column })
				});
	return formatMessage(words.importErrorAt, {
		where: place,
		message: formatErrorMessage(error, words)
	});
}
