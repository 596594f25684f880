import type { RowErrorReason } from './types';

/** A coordinate read from a cell, or why it cannot be used. */
export type CoordinateReading = { ok: true; value: number } | { ok: false; reason: RowErrorReason };

/**
 * A value from a file as an error message quotes it: on one line and trimmed to 40 characters, so
 * that a huge or hostile cell cannot flood the list (it is shown as text, never as HTML).
 */
function clipValue(value: string): string {
	const flat = value.replace(/\s+/g, ' ').trim();
	return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether a trimmed cell is a plain decimal number, /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i,
 * scanned by character: a million rows' two coordinates cost a regular expression each.
 * @example isDecimal('-12.5e3') // true
 */
export function isDecimal(s: string): boolean {
	const n = s.length;
	let i = 0;
	let c = s.charCodeAt(0);
	if (c === 43 || c === 45) i++; // + or -
	const intStart = i;
	while (i < n && isDigit(s.charCodeAt(i))) i++;
	let digits = i - intStart;
	if (i < n && s.charCodeAt(i) === 46) {
		const fracStart = ++i;
		while (i < n && isDigit(s.charCodeAt(i))) i++;
		digits += i - fracStart;
	}
	if (digits === 0) return false;
	if (i < n && (s.charCodeAt(i) | 32) === 101) {
		i++;
		c = s.charCodeAt(i);
		if (c === 43 || c === 45) i++;
		const expStart = i;
		while (i < n && isDigit(s.charCodeAt(i))) i++;
		if (i === expStart) return false;
	}
	return i === n;
}

/**
 * The latitude or longitude in a cell, or NaN where readCoordinate refuses it (and says why): the
 * import's path for good rows, which makes no object per cell.
 * @example coordinateValue(' 121.5 ', 'lon') // 121.5
 */
export function coordinateValue(raw: string | undefined, axis: 'lat' | 'lon'): number {
	const text = (raw ?? '').trim();
	if (text === '' || !isDecimal(text)) return NaN;
	const value = Number(text);
	const limit = axis === 'lat' ? 90 : 180;
	return value >= -limit && value <= limit ? value : NaN;
}

/**
 * Why a cell coordinateValue refused cannot be used: empty, not decimal degrees, or out of range
 * ([-90, 90] for latitude, [-180, 180] for longitude).
 * @example coordinateProblem('200', 'lat') // { code: 'notBetween', params: { value: '200', limit: 90 } }
 */
export function coordinateProblem(raw: string | undefined, axis: 'lat' | 'lon'): RowErrorReason {
	const text = (raw ?? '').trim();
	if (text === '') return { code: 'empty', params: {} };
	if (!isDecimal(text)) return { code: 'notDecimalDegrees', params: { value: clipValue(text) } };
	return {
		code: 'notBetween',
		params: { value: text.slice(0, 40), limit: axis === 'lat' ? 90 : 180 }
	};
}

/**
 * Reads a latitude or longitude in decimal degrees from a cell and checks its range
 * ([-90, 90] for latitude, [-180, 180] for longitude).
 * @example readCoordinate('200', 'lat') // { ok: false, reason: { code: 'notBetween', params: { value: '200', limit: 90 } } }
 */
export function readCoordinate(raw: string | undefined, axis: 'lat' | 'lon'): CoordinateReading {
	const value = coordinateValue(raw, axis);
	return Number.isNaN(value)
		? { ok: false, reason: coordinateProblem(raw, axis) }
		: { ok: true, value };
}
