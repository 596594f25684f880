import type { RowError } from './types';

/**
 * The row errors as CSV (where, column, message) for the user to download and fix their file.
 * Cells a spreadsheet would run as a formula (starting with =, +, -, @) are escaped, since the
 * messages quote values from the file. papaparse writes it, loaded only when asked for, so it
 * never weighs on startup.
 */
export async function errorsCsv(errors: readonly RowError[], total?: number): Promise<string> {
	const { unparse } = await import('papaparse');
	const rows = errors.map((e) => ({ where: e.where, column: e.column ?? '', message: e.message }));
	const csv = unparse(rows, { columns: ['where', 'column', 'message'], escapeFormulae: true });
	const more = total !== undefined && total > errors.length ? total - errors.length : 0;
	return more > 0 ? `${csv}\r\n"(${more} more errors not listed)",,` : csv;
}
