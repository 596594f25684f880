import { MONTHS } from './formatTime';

/**
 * The calendar date written in an ISO 8601 time, in the time zone it was written in, for events
 * known only to the day or month (a Tokyo date stays a Tokyo date). Returns null for a malformed string.
 * @example formatLocalDate('2025-11-07T00:00:00+09:00') // "7 Nov 2025"
 */
export function formatLocalDate(iso: string, precision: 'day' | 'month' = 'day'): string | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return null;
	const month = MONTHS[Number(m[2]) - 1];
	if (!month) return null;
	return precision === 'month' ? `${month} ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`;
}
