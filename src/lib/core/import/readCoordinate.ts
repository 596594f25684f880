import { quoteValue } from './formatRowError';

/** A coordinate read from a cell, or why it cannot be used. */
export type CoordinateReading = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a latitude or longitude in decimal degrees from a cell and checks its range
 * ([-90, 90] for latitude, [-180, 180] for longitude).
 * @example readCoordinate('200', 'lat') // { ok: false, message: '200 is not between -90 and 90' }
 */
export function readCoordinate(raw: string | undefined, axis: 'lat' | 'lon'): CoordinateReading {
	const text = (raw ?? '').trim();
	if (text === '') return { ok: false, message: 'empty' };
	const value = Number(text);
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) || Number.isNaN(value)) {
		return { ok: false, message: `${quoteValue(text)} is not a number in decimal degrees` };
	}
	const limit = axis === 'lat' ? 90 : 180;
	if (!Number.isFinite(value) || value < -limit || value > limit) {
		return { ok: false, message: `${text.slice(0, 40)} is not between -${limit} and ${limit}` };
	}
	return { ok: true, value };
}
