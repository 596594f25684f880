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

const fail = (reason: RowErrorReason): CoordinateReading => ({ ok: false, reason });

/**
 * Reads a latitude or longitude in decimal degrees from a cell and checks its range
 * ([-90, 90] for latitude, [-180, 180] for longitude).
 * @example readCoordinate('200', 'lat') // { ok: false, reason: { code: 'notBetween', params: { value: '200', limit: 90 } } }
 */
export function readCoordinate(raw: string | undefined, axis: 'lat' | 'lon'): CoordinateReading {
	const text = (raw ?? '').trim();
	if (text === '') return fail({ code: 'empty', params: {} });
	const value = Number(text);
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) || Number.isNaN(value)) {
		return fail({ code: 'notDecimalDegrees', params: { value: clipValue(text) } });
	}
	const limit = axis === 'lat' ? 90 : 180;
	if (!Number.isFinite(value) || value < -limit || value > limit) {
		return fail({ code: 'notBetween', params: { value: text.slice(0, 40), limit } });
	}
	return { ok: true, value };
}
