import { EVENT_FADE_MS } from '../style/timeExpressions';

/** One time-sorted chunk of a large event set: its global-state key and its time range. */
export interface TimeChunk {
	key: string;
	min: number;
	max: number;
}

/**
 * The time each chunk's layers should read so that only chunks whose drawing actually changes
 * get a new value. MapLibre reloads a GeoJSON source whenever a global-state key its layers read
 * changes; a chunk entirely in the future, or entirely past and fully faded (and inside or
 * outside the window as a whole), gets a value that draws it the same way and does not move as
 * the time moves. Only the chunks the time (or the window's edge) passes through follow it.
 * @example chunkTimes([{ key: 'c0', min: 0, max: 10 }], 1e12, 0) // { c0: 10 + EVENT_FADE_MS }
 */
export function chunkTimes(
	chunks: readonly TimeChunk[],
	t: number,
	windowMs: number,
	fadeMs: number = EVENT_FADE_MS
): Record<string, number> {
	const out: Record<string, number> = {};
	for (const c of chunks) {
		if (c.min > t) {
			out[c.key] = c.min - 1; // all in the future: none drawn
		} else if (windowMs > 0 && c.max <= t - windowMs) {
			out[c.key] = c.max + windowMs; // all older than the window: none drawn
		} else if (
			t - c.max >= fadeMs &&
			(windowMs <= 0 || (c.min > t - windowMs && c.max + fadeMs - windowMs < c.min))
		) {
			out[c.key] = c.max + fadeMs; // all drawn and fully faded, at this time as at t
		} else {
			out[c.key] = t; // the time or the window's edge is inside this chunk
		}
	}
	return out;
}

/**
 * Splits events sorted by time into chunks of at most `size`, each with its key and range.
 * @example chunkBounds([1, 2, 3], 2, 'k') // [{ key: 'k0', min: 1, max: 2 }, { key: 'k1', min: 3, max: 3 }]
 */
export function chunkBounds(
	sortedTs: readonly number[],
	size: number,
	prefix: string
): TimeChunk[] {
	const chunks: TimeChunk[] = [];
	for (let i = 0; i < sortedTs.length; i += size) {
		const slice = sortedTs.slice(i, i + size);
		chunks.push({ key: `${prefix}${chunks.length}`, min: slice[0]!, max: slice.at(-1)! });
	}
	return chunks;
}
