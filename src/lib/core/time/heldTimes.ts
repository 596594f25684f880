import { bisectRight } from 'd3-array';
import { ENDED_ZONE_KEEP_MS, EVENT_FADE_MS } from '../style/timeExpressions';

/** Sorted, without repeats, finite numbers only. */
function sortedUnique(values: Iterable<number>): number[] {
	return [...new Set([...values].filter(Number.isFinite))].sort((a, b) => a - b);
}

/**
 * The time a layer should read so that its value changes only when the drawing does: the last
 * boundary at or before `t` (just before the first one if `t` precedes them all; `t` itself when
 * there are none). MapLibre reloads a source's tiles whenever a global-state key its filter or
 * data-driven paint reads changes; a layer whose expressions only compare the time with these
 * boundaries (`t < b`, `t >= b`) draws the same at the held time as at `t`.
 * @example heldTime([10, 20], 15) // 10
 */
export function heldTime(boundaries: readonly number[], t: number): number {
	if (!boundaries.length) return t;
	const i = bisectRight(boundaries, t);
	return i === 0 ? boundaries[0]! - 1 : boundaries[i - 1]!;
}

/** A drill zone's timing as the zone layers read it (normalizeZones' epoch-ms fields). */
export interface ZoneTiming {
	announced_ts?: unknown;
	start_ts?: unknown;
	end_ts?: unknown;
}

/**
 * Every time at which some zone's drawing changes: its announcement, start and end, and the end
 * of the ENDED_ZONE_KEEP_MS it stays drawn as ended. The zone layers compare the time with
 * nothing else, so heldTime() over these draws them as the true time does.
 * @example zoneBoundaries([{ announced_ts: 1, start_ts: 2, end_ts: 3 }]) // [1, 2, 3, 3 + ENDED_ZONE_KEEP_MS]
 */
export function zoneBoundaries(zones: readonly ZoneTiming[]): number[] {
	const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
	return sortedUnique(
		zones.flatMap((z) => [
			num(z.announced_ts),
			num(z.start_ts),
			num(z.end_ts),
			num(z.end_ts) + ENDED_ZONE_KEEP_MS
		])
	);
}

/**
 * Every time at which the set of events drawn changes: each event's time and, with a moving
 * window, the moment it leaves the window. `sortedTs` is the events' times, ascending.
 * @example eventBoundaries([5, 9], 2) // [5, 7, 9, 11]
 */
export function eventBoundaries(sortedTs: readonly number[], windowMs: number): number[] {
	return sortedUnique(windowMs > 0 ? sortedTs.flatMap((ts) => [ts, ts + windowMs]) : sortedTs);
}

/**
 * The time the events' age paint should read: `t` while an event drawn at `t` is younger than
 * the fade (its size still changes with the time), else a time at which every drawn event is
 * fully faded, as at `t`: the newest drawn event's time plus the fade. With no event drawn it
 * is a time that stays put until one is: just before the first event, or when the newest left
 * the moving window. `sortedTs` is the events' times, ascending.
 * @example ageTime([0], 10 * 86_400_000, 0) // EVENT_FADE_MS (the only event, faded)
 */
export function ageTime(
	sortedTs: readonly number[],
	t: number,
	windowMs: number,
	fadeMs: number = EVENT_FADE_MS
): number {
	const i = bisectRight(sortedTs, t);
	if (i === 0) return sortedTs.length ? sortedTs[0]! - 1 : t;
	const newest = sortedTs[i - 1]!;
	if (windowMs > 0 && newest <= t - windowMs) return newest + windowMs;
	return t - newest >= fadeMs ? newest + fadeMs : t;
}
