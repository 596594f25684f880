import fc from 'fast-check';
import { ENDED_ZONE_KEEP_MS } from '../../../../src/lib/core/style/timeExpressions';

/** Random times, windows, events and zones for the property tests of the time filters. */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Taipei midnight (00:00 +08:00) of 1 Oct 2025: the first day events are drawn from. */
const FIRST_MIDNIGHT = Date.UTC(2025, 9, 1) - 8 * HOUR;
const LAST = Date.UTC(2026, 2, 1);

/** The moving windows the app offers (0 = cumulative, 24 hours, 7 days) or any up to 30 days. */
export const windowMs = fc.oneof(
	fc.constantFrom(0, DAY, 7 * DAY),
	fc.integer({ min: 0, max: 30 * DAY })
);

/**
 * An event's time: an instant to the millisecond, or a date-only event (time_precision "day"),
 * which the data writes as 00:00 Taipei time, so many events share one timestamp.
 */
export const eventTs = fc.oneof(
	fc.integer({ min: FIRST_MIDNIGHT, max: LAST }),
	fc.integer({ min: 0, max: 150 }).map((d) => FIRST_MIDNIGHT + d * DAY)
);

/** An event's properties as the map holds them: `ts`, an `end_ts` for intervals (or null). */
export const eventProps = fc
	.record({
		ts: eventTs,
		end_ts: fc.option(fc.integer({ min: 0, max: 10 * DAY }), { nil: null }),
		category: fc.constantFrom('military', 'diplomatic', 'economic')
	})
	.map((p) => ({ ...p, end_ts: p.end_ts === null ? null : p.ts + p.end_ts }));

/**
 * A time near `ts` for the window `w`: exactly at it, one millisecond either side, at or next to
 * the window's trailing edge, or anywhere from ten days before to forty days after.
 */
export function timeNear(ts: number, w: number): fc.Arbitrary<number> {
	return fc.oneof(
		fc.constantFrom(ts, ts - 1, ts + 1, ts + w, ts + w - 1, ts + w + 1),
		fc.integer({ min: ts - 10 * DAY, max: ts + 40 * DAY })
	);
}

/** A drill zone's timing (announced ≤ start ≤ end) and exercise, as normalizeZones gives it. */
export const zoneProps = fc
	.record({
		announced_ts: eventTs,
		lead: fc.integer({ min: 0, max: 5 * DAY }),
		length: fc.integer({ min: 0, max: 10 * DAY }),
		exercise: fc.constantFrom('jm2025', 'aug2022', 'other')
	})
	.map(({ announced_ts, lead, length, exercise }) => ({
		exercise,
		announced_ts,
		start_ts: announced_ts + lead,
		end_ts: announced_ts + lead + length
	}));

/**
 * A time for a zone: at, or a millisecond before, each of its boundaries (announced, active,
 * ended, dropped ENDED_ZONE_KEEP_MS after the end), or anywhere around them.
 */
export function zoneTime(z: { announced_ts: number; start_ts: number; end_ts: number }) {
	const edges = [z.announced_ts, z.start_ts, z.end_ts, z.end_ts + ENDED_ZONE_KEEP_MS];
	return fc.oneof(
		fc.constantFrom(...edges.flatMap((e) => [e - 1, e, e + 1])),
		fc.integer({ min: z.announced_ts - 10 * DAY, max: z.end_ts + ENDED_ZONE_KEEP_MS + 10 * DAY })
	);
}
