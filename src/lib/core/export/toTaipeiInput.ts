import { TAIPEI_OFFSET_MS } from '../time/formatTime';

/**
 * A time as the value of a `datetime-local` input in Taipei time (UTC+8), to the minute.
 * @example toTaipeiInput(Date.UTC(2025, 11, 28, 16)) // "2025-12-29T00:00"
 */
export function toTaipeiInput(t: number): string {
	return new Date(t + TAIPEI_OFFSET_MS).toISOString().slice(0, 16);
}
