import { parseIsoDate, parseIsoTime } from './parseIsoTime';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * End of the record's as-of day: the first instant after that calendar day has ended in UTC.
 * Null when `asOf` is not a "YYYY-MM-DD" date.
 */
export function asOfEnd(asOf: unknown): number | null {
	const start = parseIsoDate(asOf, 'Z');
	return start === null ? null : start + DAY_MS;
}

/**
 * Whether an event is still planned at the record's as-of date: its time (an ISO 8601 time with
 * offset) lies after the end of the as-of day (UTC). An event at or before that day has happened
 * or did not take place as planned; either way it is no longer "planned". False when either value
 * cannot be read.
 * @example isPlanned('2026-12-14T00:00:00-05:00', '2026-11-30') // true
 */
export function isPlanned(time: unknown, asOf: unknown): boolean {
	const ts = parseIsoTime(time);
	const end = asOfEnd(asOf);
	return ts !== null && end !== null && ts >= end;
}

/** Wording that presents an event as planned: a name such as "Planned: ..." or "... (planned)". */
const PLANNED_WORDING = /^\s*planned\b|\(planned\)/i;

/**
 * Why an event that is no longer planned at the as-of date is still presented as planned (a
 * stored `future: true` flag, or "Planned" in its name), or null when nothing is stale. Events
 * that are planned at the as-of date are never stale.
 */
export function stalePlannedReason(
	props: { time: string; name: string; future?: boolean },
	asOf: unknown
): string | null {
	if (isPlanned(props.time, asOf)) return null;
	if (props.future === true) {
		return `is flagged "future" but its time is not after the record's as-of date ${String(asOf)}`;
	}
	if (PLANNED_WORDING.test(props.name)) {
		return `is named as planned but its time is not after the record's as-of date ${String(asOf)}`;
	}
	return null;
}
