import Papa from 'papaparse';
import { PointsBuilder, type BuildOptions } from './PointsBuilder';
import type { CsvPart } from './mergeParts';
import type { RowErrorReason } from './types';

/** The papaparse settings every CSV/TSV import uses (first row is the header). */
export const CSV_CONFIG = {
	header: true,
	skipEmptyLines: 'greedy',
	dynamicTyping: false,
	transformHeader: (h: string) => h.replace(/^\uFEFF/, '').trim()
} as const;

/** Papaparse's problems that make a row unreadable (a quote never closed, for example). */
const FATAL: Partial<Record<string, RowErrorReason>> = {
	MissingQuotes: { code: 'quoteUnclosed', params: {} },
	InvalidQuotes: { code: 'quoteMalformed', params: {} }
};

/**
 * Feeds papaparse results (one chunk, or a whole file) to a PointsBuilder, numbering rows as a
 * spreadsheet does: the header is row 1, so the first record is row 2.
 */
export class CsvReader {
	readonly builder: PointsBuilder;
	#rows = 0;

	constructor(options: BuildOptions) {
		this.builder = new PointsBuilder({ ...options, requireTime: true });
	}

	/** What has been read: the points (sorted by start), errors and counts. */
	part(): CsvPart {
		const { builder } = this;
		return {
			points: builder.finish(),
			errors: builder.errors.kept,
			errorCount: builder.errors.count,
			total: builder.total,
			rows: this.#rows
		};
	}

	/** Reads one chunk of papaparse results. */
	read(results: Papa.ParseResult<Record<string, unknown>>): void {
		const bad = new Map<number, RowErrorReason>();
		for (const e of results.errors) {
			// papaparse counts the header in a quote error's row; an unclosed quote swallows the rest
			// of the text, so it is always on the last record read.
			const reason = FATAL[e.code];
			if (typeof e.row === 'number' && reason) {
				bad.set(Math.min(e.row, results.data.length - 1), reason);
			}
		}
		const { data } = results;
		for (let i = 0; i < data.length; i++) {
			const n = this.#rows + i + 2;
			const problem = bad.size ? bad.get(i) : undefined;
			if (problem !== undefined) {
				this.builder.total++;
				this.builder.errors.add({ where: { kind: 'row', n }, ...problem });
			} else {
				this.builder.addRow(data[i]!, n);
			}
		}
		this.#rows += results.data.length;
	}
}

/**
 * Reads a whole CSV or TSV text at once (small files, tests and the console API), with the
 * delimiter and line break papaparse guesses unless they are given.
 */
export function readCsvText(
	text: string,
	options: BuildOptions,
	delimiter?: string,
	newline?: '\n' | '\r\n'
): CsvReader {
	const reader = new CsvReader(options);
	const results = Papa.parse<Record<string, unknown>>(text, {
		...CSV_CONFIG,
		...(delimiter ? { delimiter } : {}),
		...(newline ? { newline } : {})
	});
	reader.read(results);
	return reader;
}

/** The header and first records of a CSV or TSV text, for the column preview. */
export function csvHead(
	text: string,
	delimiter?: string,
	rows = 5
): { columns: string[]; rows: Record<string, string>[] } {
	const results = Papa.parse<Record<string, string>>(text, {
		...CSV_CONFIG,
		preview: rows,
		...(delimiter ? { delimiter } : {})
	});
	return { columns: results.meta.fields ?? [], rows: results.data };
}
