import type { ColumnarPoints } from './types';

/** Floats per point in PointBuffers.vertices: mercator x, y, last time (high, low), category. */
export const POINT_STRIDE = 5;

/**
 * Points the map uploads to the GPU per task: 2.6 MB. A million points' 20 MB in one
 * `bufferData` held the main thread ~190 ms under software WebGL; in slices, they arrive in
 * eight tasks, between frames, and are drawn once all are in.
 */
export const UPLOAD_SLICE_POINTS = 131_072;

/**
 * Imported points as the GPU draws them (map/ImportPointsLayer): one interleaved Float32Array
 * with, per point, its web-mercator position (0..1 across the world), its last time (its end, or
 * its start for an instant) relative to `base` as two floats whose sum is exact, and its category
 * index (-1 for none). Untimed points carry NEVER as their last time. Built in the import
 * worker and transferred, so the page's main thread never walks a million rows.
 */
export interface PointBuffers {
	vertices: Float32Array;
	/** Epoch ms the times are measured from (the earliest start; 0 when nothing is timed). */
	base: number;
	/** Points with a start time: the first `timed` points, sorted by start. */
	timed: number;
	count: number;
}

/** The last time of an untimed point: later than any time, finite so GPU arithmetic stays exact. */
export const NEVER = 3e38;

/**
 * Splits `ms - base` into a float32 and the float32 remainder, so the GPU can compare times a
 * million days apart to the millisecond (a float32 alone holds 24 bits, about 4.6 hours at the
 * scale of a year in milliseconds).
 * @example splitTime(1e12 + 1, 1e12) // [1, 0]
 */
export function splitTime(ms: number, base: number): [number, number] {
	const out: [number, number] = [0, 0];
	splitTimeInto(ms, base, out, 0);
	return out;
}

/**
 * splitTime written into `out` at `at` and `at + 1`: the buffers' path, which makes no pair per
 * point (a million pairs were work for the garbage collector).
 */
export function splitTimeInto(
	ms: number,
	base: number,
	out: Float32Array | number[],
	at: number
): void {
	const rel = ms - base;
	if (!Number.isFinite(rel)) {
		out[at] = rel > 0 ? NEVER : -NEVER;
		out[at + 1] = 0;
		return;
	}
	const hi = Math.fround(rel);
	out[at] = hi;
	out[at + 1] = Math.fround(rel - hi);
}

/** Web-mercator x (0 at 180° W, 1 at 180° E) of a longitude. */
export function mercatorX(lon: number): number {
	return (180 + lon) / 360;
}

/** Web-mercator y (0 at the top, 1 at the bottom of the square world) of a latitude. */
export function mercatorY(lat: number): number {
	const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
	return (
		(180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360
	);
}

/**
 * The GPU buffers of a set of imported points (sorted by start, untimed last, as the import
 * leaves them).
 * @example pointBuffers(points).vertices.length // points.count * POINT_STRIDE
 */
export function pointBuffers(
	points: Pick<ColumnarPoints, 'count' | 'lon' | 'lat' | 'start' | 'end' | 'category'>
): PointBuffers {
	const { count, lon, lat, start, end, category } = points;
	let timed = 0;
	while (timed < count && !Number.isNaN(start[timed]!)) timed++;
	const base = timed > 0 ? start[0]! : 0;
	const vertices = new Float32Array(count * POINT_STRIDE);
	for (let i = 0; i < count; i++) {
		const o = i * POINT_STRIDE;
		vertices[o] = mercatorX(lon[i]!);
		vertices[o + 1] = mercatorY(lat[i]!);
		const s = start[i]!;
		const last = Number.isNaN(s) ? Infinity : Number.isNaN(end[i]!) ? s : end[i]!;
		splitTimeInto(last, base, vertices, o + 2);
		vertices[o + 4] = category[i]!;
	}
	return { vertices, base, timed, count };
}

/**
 * Whether split time `a` is after split time `b` (a > b), computed as the GPU computes it, in
 * float32: the JS twin of the shader's test, so unit tests can hold it to importShownAt.
 * @example splitAfter(splitTime(2, 0), splitTime(1, 0)) // true
 */
export function splitAfter(a: readonly [number, number], b: readonly [number, number]): boolean {
	const f = Math.fround;
	return f(f(a[0] - b[0]) + f(a[1] - b[1])) > 0;
}

/**
 * How many of the timed points have started by `t`: they are sorted by start, so those drawn at
 * `t` are the first `startedCount` (then the window and the fade are tested per point on the GPU).
 * @example startedCount(new Float64Array([1, 2, 3]), 3, 2) // 2
 */
export function startedCount(start: Float64Array, timed: number, t: number): number {
	let lo = 0;
	let hi = timed;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (start[mid]! <= t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Radius in CSS pixels of an imported point at a zoom: 2 px at zoom 4 to 4.5 px at zoom 9,
 * linear between and held beyond, as the story's smaller marks.
 */
export function importPointRadius(zoom: number): number {
	const z = Math.max(4, Math.min(9, zoom));
	return 2 + ((z - 4) / 5) * 2.5;
}
