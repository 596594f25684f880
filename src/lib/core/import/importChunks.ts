import { EVENT_FADE_MS } from '../style/timeExpressions';
import type { ColumnarPoints } from './types';

/**
 * Points per chunk source. Measured with bench/measureImportScrub.mjs under SwiftShader on this
 * 2-core machine (100k points, scrub to idle, median of 15): 5,000 → 1.3 s, 10,000 → 1.9 s,
 * one source of 100,000 → 2.9 s. A scrub reloads the chunks the time passes through, so the
 * smaller the chunk the less each tick reloads (the same size the story's events use).
 */
export const IMPORT_CHUNK_SIZE = 5_000;

/**
 * One time-sorted run of imported points drawn by one source: the points [from, to) and the
 * range of their start and end times. `key` is the global-state key its layers read, or null for
 * untimed points (drawn always, reading no time).
 */
export interface ImportChunk {
	key: string | null;
	from: number;
	to: number;
	minStart: number;
	maxStart: number;
	minEnd: number;
	maxEnd: number;
}

/**
 * Splits points sorted by start (untimed last, see sortByStart) into chunks of at most `size`,
 * timed and untimed apart. `prefix` makes the keys unique per dataset.
 * @example importChunks(points, 'import-ab-t-').map((c) => c.key) // ['import-ab-t-0', …]
 */
export function importChunks(
	points: Pick<ColumnarPoints, 'count' | 'start' | 'end'>,
	prefix: string,
	size: number = IMPORT_CHUNK_SIZE
): ImportChunk[] {
	const { count, start, end } = points;
	let timed = 0;
	while (timed < count && !Number.isNaN(start[timed]!)) timed++;
	const chunks: ImportChunk[] = [];
	const add = (from: number, to: number, isTimed: boolean) => {
		let [minStart, maxStart, minEnd, maxEnd] = [Infinity, -Infinity, Infinity, -Infinity];
		for (let i = from; i < to && isTimed; i++) {
			const s = start[i]!;
			const e = Number.isNaN(end[i]!) ? s : end[i]!;
			minStart = Math.min(minStart, s);
			maxStart = Math.max(maxStart, s);
			minEnd = Math.min(minEnd, e);
			maxEnd = Math.max(maxEnd, e);
		}
		const key = isTimed ? `${prefix}${chunks.length}` : null;
		chunks.push({ key, from, to, minStart, maxStart, minEnd, maxEnd });
	};
	for (let i = 0; i < timed; i += size) add(i, Math.min(i + size, timed), true);
	for (let i = timed; i < count; i += size) add(i, Math.min(i + size, count), false);
	return chunks;
}

/**
 * The time each timed chunk's layers should read (see core/time/chunkTimes for the idea): a chunk
 * whose drawing cannot change while the time moves is held at a fixed value, so MapLibre reloads
 * only the chunks the time or the window's edge is passing through. Imported points are drawn
 * from their start while their end (or their instant) is within the window, and fade
 * EVENT_FADE_MS after their end, like the story's events.
 */
export function importChunkTimes(
	chunks: readonly ImportChunk[],
	t: number,
	windowMs: number,
	fadeMs: number = EVENT_FADE_MS
): Record<string, number> {
	const out: Record<string, number> = {};
	for (const c of chunks) {
		if (c.key === null) continue;
		if (c.minStart > t) {
			out[c.key] = c.minStart - 1;
		} else if (windowMs > 0 && c.maxEnd <= t - windowMs) {
			out[c.key] = c.maxEnd + windowMs;
		} else if (
			c.maxStart <= t &&
			t > c.maxEnd + fadeMs &&
			(windowMs <= 0 || (c.minEnd > t - windowMs && c.minEnd + windowMs > c.maxEnd + fadeMs + 1))
		) {
			out[c.key] = c.maxEnd + fadeMs + 1;
		} else {
			out[c.key] = t;
		}
	}
	return out;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The GeoJSON text of one chunk, for a MapLibre source to load in its own worker: each point's
 * `i` (its index in the dataset, to look up its properties), `s` and `e` (start and end, epoch
 * ms; `e` equals `s` for an instant) and `c` (category index, -1 for none).
 */
export function chunkGeoJson(points: ColumnarPoints, chunk: ImportChunk): string {
	const parts: string[] = [];
	for (let i = chunk.from; i < chunk.to; i++) {
		const s = points.start[i]!;
		const e = Number.isNaN(points.end[i]!) ? s : points.end[i]!;
		const time = Number.isNaN(s) ? '' : `,"s":${s},"e":${e}`;
		parts.push(
			`{"type":"Feature","id":${i},"geometry":{"type":"Point","coordinates":[${round6(points.lon[i]!)},${round6(points.lat[i]!)}]},"properties":{"i":${i},"c":${points.category[i]}${time}}}`
		);
	}
	return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}
