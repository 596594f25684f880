import { STATE } from '../style/timeExpressions';
import { chunkTimes, type TimeChunk } from '../time/chunkTimes';

/** What the map's time filter depends on: the time, the moving window and the comparison. */
export interface TimeView {
	/** Epoch ms. */
	t: number;
	/** 0 for cumulative. */
	windowMs: number;
	/** Whether the August 2022 comparison overlay is drawn. */
	compare: boolean;
}

/**
 * The map's whole global state for a view: the time keys the layer expressions read, and each
 * event chunk's own time. The one function the live map and every export use, so a frame at
 * time T is drawn the same wherever it is drawn.
 * @example mapGlobalState({ t: 0, windowMs: 0, compare: false }, []) // { t: 0, windowMs: 0, compare: false }
 */
export function mapGlobalState(
	view: TimeView,
	chunks: readonly TimeChunk[]
): Record<string, number | boolean> {
	return {
		[STATE.t]: view.t,
		[STATE.windowMs]: view.windowMs,
		[STATE.compare]: view.compare,
		...chunkTimes(chunks, view.t, view.windowMs)
	};
}
