import Papa from 'papaparse';
import { CSV_CONFIG } from './fromCsv';

/**
 * The smallest CSV or TSV text (in characters) the import reads in two halves at once: below
 * it, starting a second worker (~0.2 s on a 2-core machine, software WebGL) costs about what
 * reading half the text saves (100,000 rows, 5 MB: 0.45 s in one worker, 0.54-0.67 s in two).
 */
export const SPLIT_MIN_CHARS = 16_000_000;

/** A CSV or TSV text cut in two at a record boundary, each half readable on its own. */
export interface CsvHalves {
	/** The header and the first records. */
	first: string;
	/** The header again, then the records after `first`'s. */
	second: string;
	/** The delimiter and line break papaparse guesses for the whole text, for both halves. */
	delimiter: string;
	newline: '\n' | '\r\n';
}

/**
 * Cuts a large CSV or TSV text in two halves that papaparse reads, each with the header, into
 * exactly the records it reads from the whole text, so two workers can read them at once; null
 * when that cannot be sure. It cuts only a text with no quote character at all (a quoted cell
 * may hold a line break, and only a read from the start knows which breaks are inside one), at
 * the first line break after the middle, with the delimiter and line break papaparse guesses
 * from the text's head (as it does when it reads the whole text) given to both halves.
 * @example splitCsv('a,b\n1,2\n3,4\n', undefined, 0)?.second // 'a,b\n3,4\n'
 */
export function splitCsv(
	text: string,
	delimiter: string | undefined,
	minChars = SPLIT_MIN_CHARS
): CsvHalves | null {
	if (text.length < minChars || text.includes('"')) return null;
	// papaparse guesses the line break from the first megabyte and the delimiter from the first
	// ten records of the text it reads: the same guess is made here, once, for both halves.
	const meta = Papa.parse(text.slice(0, 1024 * 1024), {
		...CSV_CONFIG,
		...(delimiter ? { delimiter } : {}),
		preview: 10
	}).meta;
	const newline = meta.linebreak;
	if (newline !== '\n' && newline !== '\r\n') return null;
	const headerEnd = text.indexOf(newline);
	const cut = text.indexOf(newline, Math.max(headerEnd + 1, text.length >> 1));
	if (headerEnd <= 0 || cut < 0 || cut + newline.length >= text.length) return null;
	const at = cut + newline.length;
	return {
		first: text.slice(0, at),
		second: text.slice(0, headerEnd + newline.length) + text.slice(at),
		delimiter: meta.delimiter,
		newline
	};
}
