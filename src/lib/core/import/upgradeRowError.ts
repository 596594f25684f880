import type { RowError, RowErrorPlace } from './types';

/**
 * A row error as the app kept it before errors became data: English words (in project files
 * and in the browser's store of imported datasets).
 */
export interface LegacyRowError {
	where: string;
	column?: string;
	message: string;
}

/**
 * Where a row error was, from the words older versions wrote ("row 7", "feature 12", "file"); a
 * place it cannot read is the file's.
 * @example legacyPlace('row 7') // { kind: 'row', n: 7 }
 */
export function legacyPlace(where: string): RowErrorPlace {
	const m = /^(row|line|feature|placemark) (\d+)$/.exec(where.trim());
	if (!m) return { kind: 'file' };
	return { kind: m[1] as 'row' | 'line' | 'feature' | 'placemark', n: Number(m[2]) };
}

/**
 * A row error as data, whichever version kept it: an old one's place is read from its words and
 * its message kept as words of its own (code 'text'), so it reads in English as it always did.
 * @example upgradeRowError({ where: 'row 3', message: 'empty' }) // { where: { kind: 'row', n: 3 }, code: 'text', params: { text: 'empty' } }
 */
export function upgradeRowError(error: RowError | LegacyRowError): RowError {
	if (typeof error.where !== 'string') return error as RowError;
	const { where, column, message } = error as LegacyRowError;
	const place = legacyPlace(where);
	const placeRead = place.kind !== 'file' || where.trim() === 'file';
	return {
		where: place,
		...(column !== undefined && { column }),
		code: 'text',
		params: { text: placeRead ? message : `${where}: ${message}` }
	};
}
