import type { Feature, FeatureCollection } from 'geojson';
import { chunkBounds, type TimeChunk } from './chunkTimes';

/** Event sets up to this size stay in the one `events` source; larger ones are chunked. */
export const EVENT_CHUNK_SIZE = 5_000;

/** The global-state key prefix of an event chunk's own time. */
export const CHUNK_KEY_PREFIX = 'events-t-';

/**
 * How an event set is drawn: one collection per source, the first being the contract source
 * `events`, and for a chunked set each chunk's global-state key and time range.
 */
export interface EventPlan {
	/** Empty for a set of up to EVENT_CHUNK_SIZE events (drawn whole, reading `t`). */
	chunks: TimeChunk[];
	/** The collection of each source: `parts[0]` is `events`, `parts[i]` is `events-i`. */
	parts: FeatureCollection[];
}

const ts = (f: Feature) => Number(f.properties?.ts);

/**
 * Splits a large event set into time-sorted chunks so that a slider tick reloads only the chunk
 * the time is in (see chunkTimes); a small set stays whole. Pure: the live map and every export
 * draw from the same plan, so a frame at time T is the same wherever it is drawn.
 * @example planEventChunks(story).chunks // [] for the story's few dozen events
 */
export function planEventChunks(
	data: FeatureCollection,
	size: number = EVENT_CHUNK_SIZE
): EventPlan {
	if (data.features.length <= size) return { chunks: [], parts: [data] };
	const sorted = [...data.features].sort((a, b) => ts(a) - ts(b));
	const chunks = chunkBounds(sorted.map(ts), size, CHUNK_KEY_PREFIX);
	const parts = chunks.map((_, i) => ({
		type: 'FeatureCollection' as const,
		features: sorted.slice(i * size, (i + 1) * size)
	}));
	return { chunks, parts };
}

/** The source id that draws part `i` of an event plan. */
export function eventPartSource(i: number, base: string): string {
	return i === 0 ? base : `${base}-${i}`;
}
