import type { TimedEvent } from './storySpan';

/**
 * The index of the event one step before (dir -1) or after (dir 1) the current one, or null at
 * either end. Events sharing a timestamp are distinct steps in the order given (sort stably).
 * `cursor` is the index of the event the user last stepped to or chose; it counts only while the
 * time still sits on that event, otherwise the current event is the last one at or before `t`.
 * @example stepIndex(sorted, t, null, 1) // the first event after t
 */
export function stepIndex(
	sorted: readonly TimedEvent[],
	t: number,
	cursor: number | null,
	dir: 1 | -1
): number | null {
	const at = currentIndex(sorted, t, cursor);
	const onEvent = at >= 0 && sorted[at]!.ts === t;
	const next = dir > 0 ? at + 1 : onEvent ? at - 1 : at;
	return next >= 0 && next < sorted.length ? next : null;
}

/**
 * The index of the current event at time `t`: `cursor` while the time sits on that event, else
 * the last event at or before `t` (-1 when there is none). Sorted input.
 * @example currentIndex(sorted, sorted[2].ts, 2) // 2, even if sorted[3] shares its time
 */
export function currentIndex(
	sorted: readonly TimedEvent[],
	t: number,
	cursor: number | null
): number {
	if (cursor !== null && sorted[cursor]?.ts === t) return cursor;
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid]!.ts <= t) lo = mid + 1;
		else hi = mid;
	}
	return lo - 1;
}
