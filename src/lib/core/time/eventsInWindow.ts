import { bisector } from 'd3-array';
import type { TimedEvent } from './storySpan';

const byTs = bisector((e: TimedEvent) => e.ts);

/**
 * The events shown at time `t`: those at or before `t` and, when `windowMs` > 0, after
 * `t - windowMs`. The same semantics as the map's global-state filter (nothing when `t` or
 * `windowMs` is NaN). Events must be sorted.
 * @example eventsInWindow(sorted, Date.UTC(2025, 11, 30), 0) // everything up to 30 Dec
 */
export function eventsInWindow<E extends TimedEvent>(
	sorted: readonly E[],
	t: number,
	windowMs: number
): E[] {
	// Every comparison with NaN is false, so the map's filter then draws nothing; the bisector
	// would instead take NaN as "after everything".
	if (Number.isNaN(t) || Number.isNaN(windowMs)) return [];
	const end = byTs.right(sorted, t);
	const start = windowMs > 0 ? byTs.right(sorted, t - windowMs) : 0;
	return sorted.slice(start, end);
}

/** The last event at or before `t`, or null. Events must be sorted. */
export function eventAt<E extends TimedEvent>(sorted: readonly E[], t: number): E | null {
	return sorted[byTs.right(sorted, t) - 1] ?? null;
}

/** The first event after `t` (dir 1) or the last before `t` (dir -1), or null. Sorted input. */
export function adjacentEvent<E extends TimedEvent>(
	sorted: readonly E[],
	t: number,
	dir: 1 | -1
): E | null {
	return dir > 0
		? (sorted[byTs.right(sorted, t)] ?? null)
		: (sorted[byTs.left(sorted, t) - 1] ?? null);
}
