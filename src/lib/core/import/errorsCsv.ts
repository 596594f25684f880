import { formatMessage } from '../i18n/formatMessage';
import { formatErrorMessage, formatErrorPlace, type ImportErrorWords } from './formatRowError';
import type { RowError } from './types';

/**
 * The row errors as CSV (where, column, message) for the user to download and fix their file,
 * written in the words given: the page passes the active language's (`language.m`), so the file
 * reads as the list on screen does, headers included. The column cell is the column's name as
 * the file spells it. Cells a spreadsheet would run as a formula (starting with =, +, -, @) are
 * escaped, since the messages quote values from the file. papaparse writes it, loaded only when
 * asked for, so it never weighs on startup.
 */
export async function errorsCsv(
	errors: readonly RowError[],
	words: ImportErrorWords,
	total?: number
): Promise<string> {
	const { unparse } = await import('papaparse');
	const header = [
		words.importErrorCsvWhere,
		words.importErrorCsvColumn,
		words.importErrorCsvMessage
	];
	const rows = errors.map((e) => [
		formatErrorPlace(e.where, words),
		e.column ?? '',
		formatErrorMessage(e, words)
	]);
	const csv = unparse({ fields: header, data: rows }, { escapeFormulae: true });
	const more = total !== undefined && total > errors.length ? total - errors.length : 0;
	if (more === 0) return csv;
	const note = formatMessage(words.importErrorCsvMore, { count: String(more) });
	return `${csv}\r\n${unparse([[note, '', '']], { quotes: [true, false, false] })}`;
}
