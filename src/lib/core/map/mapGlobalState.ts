import { STATE } from '../style/timeExpressions';
import { chunkTimes, type TimeChunk } from '../time/chunkTimes';
import { ageTime, eventBoundaries, heldTime } from '../time/heldTimes';

/** What the map's time filter depends on: the time, the moving window and the comparison. */
export interface TimeView {
	/** Epoch ms. */
	t: number;
	/** 0 for cumulative. */
	windowMs: number;
	/** Whether the August 2022 comparison overlay is drawn. */
	compare: boolean;
}

/** What the held times are computed from (see core/time/heldTimes). */
export interface HeldInputs {
	/** zoneBoundaries() of the drill zones; without them the zones read the time itself. */
	zones?: readonly number[];
	/** The story events' times, ascending; without them the events read the time itself. */
	events?: readonly number[];
	/** eventBoundaries() of those times for the view's window, if already at hand. */
	eventBounds?: readonly number[];
}

/**
 * The map's whole global state for a view: the time keys the layer expressions read (the time,
 * and the zones' and story events' held times, which move only when their drawing changes), the
 * window, the comparison, and each event chunk's own time. The one function the live map and
 * every export use, so a frame at time T is drawn the same wherever it is drawn.
 * @example mapGlobalState({ t: 0, windowMs: 0, compare: false }, []) // { t: 0, zoneT: 0, eventT: 0, ageT: 0, windowMs: 0, compare: false }
 */
export function mapGlobalState(
	view: TimeView,
	chunks: readonly TimeChunk[],
	held: HeldInputs = {}
): Record<string, number | boolean> {
	const { t, windowMs } = view;
	const events = held.events;
	return {
		[STATE.t]: t,
		[STATE.zoneT]: held.zones ? heldTime(held.zones, t) : t,
		[STATE.eventT]: events ? heldTime(held.eventBounds ?? eventBoundaries(events, windowMs), t) : t,
		[STATE.ageT]: events ? ageTime(events, t, windowMs) : t,
		[STATE.windowMs]: windowMs,
		[STATE.compare]: view.compare,
		...chunkTimes(chunks, t, windowMs)
	};
}
