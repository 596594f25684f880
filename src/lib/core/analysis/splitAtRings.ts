import { rhumbDistance } from '@turf/turf';
import type { Position } from 'geojson';
import { fromWebMercator } from './fromWebMercator';
import { toWebMercator } from './toWebMercator';

/** A piece of a line between two consecutive crossings of the rings (or the line's vertices). */
export interface LinePiece {
	start: Position;
	end: Position;
	/** The piece's midpoint along its rhumb line: classify the piece by testing this point. */
	mid: Position;
	/** Rhumb-line length in kilometres. */
	km: number;
}

type XY = [number, number];
const xy = (p: Position): XY => {
	const [x = NaN, y = NaN] = toWebMercator(p);
	return [x, y];
};
const cross = (a: XY, b: XY) => a[0] * b[1] - a[1] * b[0];

/**
 * Cuts a line wherever it crosses the edges of the given rings, returning the pieces in order
 * with their lengths. The line's segments and the rings' edges are rhumb lines, straight on the
 * Mercator plane as the map draws them, so the crossings are found exactly there (no bounding-box
 * clipping, no approximation for sloping edges). Each piece lies wholly inside or wholly outside
 * every ring: test its `mid`. A segment running along an edge is not cut there. Not for lines
 * or rings that cross the antimeridian.
 *
 * @param {Position[]} line the line's positions, [lon, lat] (not modified)
 * @param {Position[][]} rings closed rings, [lon, lat] (not modified)
 * @returns {LinePiece[]} new pieces `{ start, end, mid, km }`, in order along the line
 * @example
 * const square = [[0, -1], [1, -1], [1, 1], [0, 1], [0, -1]];
 * const pieces = splitAtRings([[-1, 0], [2, 0]], [square]);
 * //=pieces has 3 pieces of about 111.2 km each; the middle one lies in the square
 */
export function splitAtRings(
	line: readonly Position[],
	rings: readonly (readonly Position[])[]
): LinePiece[] {
	const edges: [XY, XY][] = [];
	for (const ring of rings) {
		const r = ring.map(xy);
		for (let i = 1; i < r.length; i++) edges.push([r[i - 1] as XY, r[i] as XY]);
	}
	const pieces: LinePiece[] = [];
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1] as Position;
		const b = line[i] as Position;
		const p = xy(a);
		const d: XY = [xy(b)[0] - p[0], xy(b)[1] - p[1]];
		const ts = [0, 1];
		for (const [e0, e1] of edges) {
			const e: XY = [e1[0] - e0[0], e1[1] - e0[1]];
			const denom = cross(d, e);
			if (Math.abs(denom) < 1e-9 * Math.hypot(...d) * Math.hypot(...e)) continue; // parallel
			const w: XY = [e0[0] - p[0], e0[1] - p[1]];
			const t = cross(w, e) / denom;
			const u = cross(w, d) / denom;
			if (t > 0 && t < 1 && u >= 0 && u <= 1) ts.push(t);
		}
		ts.sort((x, y) => x - y);
		const at = (t: number): Position =>
			t === 0 ? [...a] : t === 1 ? [...b] : fromWebMercator([p[0] + d[0] * t, p[1] + d[1] * t]);
		for (let k = 1; k < ts.length; k++) {
			const t0 = ts[k - 1] as number;
			const t1 = ts[k] as number;
			if (t1 - t0 < 1e-12) continue;
			const start = at(t0);
			const end = at(t1);
			pieces.push({ start, end, mid: at((t0 + t1) / 2), km: rhumbDistance([...start], [...end]) });
		}
	}
	return pieces;
}
