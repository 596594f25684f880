/** The time zones the app can display: Taipei (UTC+8, no daylight saving) and UTC. */
export type DisplayZone = 'taipei' | 'utc';

/** How finely a time is known. */
export type TimePrecision = 'month' | 'day' | 'hour' | 'minute';

/** Short English month names, January first. */
export const MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];
/** Taipei's offset from UTC (no daylight saving). */
export const TAIPEI_OFFSET_MS = 8 * 3_600_000;
const OFFSET_MS: Record<DisplayZone, number> = { taipei: TAIPEI_OFFSET_MS, utc: 0 };
const LABEL: Record<DisplayZone, string> = { taipei: 'Taipei time (UTC+8)', utc: 'UTC' };
const pad = (n: number) => String(n).padStart(2, '0');

/** The zone's label for display next to a time, e.g. "Taipei time (UTC+8)". */
export function zoneLabel(zone: DisplayZone): string {
	return LABEL[zone];
}

/**
 * Formats an epoch-ms time for display in a zone, to the precision it is known.
 * @example formatTime(Date.UTC(2025, 11, 30, 0), 'taipei') // "30 Dec 2025, 08:00"
 */
export function formatTime(
	ts: number,
	zone: DisplayZone = 'taipei',
	precision: TimePrecision = 'minute'
): string {
	const d = new Date(ts + OFFSET_MS[zone]);
	if (precision === 'month') return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
	const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
	if (precision === 'day') return day;
	return `${day}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
