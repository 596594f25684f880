import { formatLocalDate } from './formatLocalDate';
import { formatTime, type DisplayZone } from './formatTime';

/** What formatEventTime needs to know about an event. */
export interface EventTimeInput {
	ts: number;
	/** The ISO 8601 time as written in the data, with the offset of the place it happened. */
	time: string;
	time_precision: string;
}

/**
 * The UTC offset written at the end of an ISO 8601 time, as a label: "UTC+9", "UTC−5", "UTC".
 * Null when the string has no offset.
 * @example offsetLabel('2025-11-07T00:00:00+09:00') // "UTC+9"
 */
export function offsetLabel(iso: string): string | null {
	const m = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(iso);
	if (!m) return null;
	if (m[1] === 'Z' || (m[3] === '00' && m[4] === '00')) return 'UTC';
	const minutes = m[4] === '00' ? '' : `:${m[4]}`;
	return `UTC${m[2] === '-' ? '−' : '+'}${Number(m[3])}${minutes}`;
}

/**
 * How an event's time is shown. An event known only to the day (or month) is shown on its own
 * date in its own place ("7 Nov 2025, Tokyo"), never converted to another zone (where it could
 * become the evening before); without a place name the date carries its offset ("7 Nov 2025
 * (UTC+9)"). An event known to the hour or minute is shown in the display zone.
 * @example formatEventTime({ ts, time: '2025-11-07T00:00:00+09:00', time_precision: 'day' }, 'taipei', 'Tokyo') // "7 Nov 2025, Tokyo"
 */
export function formatEventTime(
	event: EventTimeInput,
	zone: DisplayZone,
	placeName?: string | null
): string {
	const p = event.time_precision;
	if (p === 'day' || p === 'month') {
		const date = formatLocalDate(event.time, p);
		if (date) {
			if (placeName) return `${date}, ${placeName}`;
			const offset = offsetLabel(event.time);
			return offset ? `${date} (${offset})` : date;
		}
	}
	return formatTime(event.ts, zone);
}
