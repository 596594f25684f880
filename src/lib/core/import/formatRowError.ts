import type { RowError } from './types';

/**
 * One row error as a sentence: "row 7, column latitude: 200 is not between -90 and 90".
 * @example formatRowError({ where: 'line 3', message: 'unexpected token' }) // 'line 3: unexpected token'
 */
export function formatRowError(error: RowError): string {
	const column = error.column === undefined ? '' : `, column ${error.column}`;
	return `${error.where}${column}: ${error.message}`;
}

/**
 * A value from a file quoted for an error message: trimmed to 40 characters so that a huge or
 * hostile cell cannot flood the list (it is shown as text, never as HTML).
 */
export function quoteValue(value: string): string {
	const flat = value.replace(/\s+/g, ' ').trim();
	return flat.length > 40 ? `"${flat.slice(0, 39)}…"` : `"${flat}"`;
}
