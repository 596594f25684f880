import type { Position } from 'geojson';
import { densifyRhumb } from './densifyRhumb';
import { fromWebMercator } from './fromWebMercator';
import { nearestOnLines } from './nearestOnLines';
import { polygonOf } from './polygonOf';
import { toDistance } from './toDistance';
import { toWebMercator } from './toWebMercator';
import { DENSIFY_KM, type Distance, type LineInput, type ZoneInput } from './types';

/** Which side of a line a zone lies on, and how far it reaches to each side. */
export interface LineSide {
	/**
	 * "east": every vertex east of the line (for the median line, Taiwan's side); "west": every
	 * vertex west of it (the mainland side); "straddles": vertices on both sides. Vertices on the
	 * line (within 1 m) count for neither side.
	 */
	side: 'east' | 'west' | 'straddles';
	/** How far the zone reaches east of the line (toward Taiwan): the largest perpendicular distance of a vertex east of it; 0 if none. */
	east: Distance;
	/** How far the zone reaches west of the line (toward the mainland); 0 if none. */
	west: Distance;
	/** True when some vertex lies beyond an end of the line, where the line was extended to decide. */
	beyondEnds: boolean;
}

/** How far (Mercator metres) the line is extended past each end, about 1,800 km at 23°N. */
const EXTEND_M = 2_000_000;
/** Vertices closer to the line than this (km) count as on it. */
const ON_LINE_KM = 0.001;

type XY = [number, number];
const xy = (p: Position): XY => {
	const [x = NaN, y = NaN] = toWebMercator(p);
	return [x, y];
};
const sub = (a: XY, b: XY): XY => [a[0] - b[0], a[1] - b[1]];
const cross = (a: XY, b: XY) => a[0] * b[1] - a[1] * b[0];
const dot = (a: XY, b: XY) => a[0] * b[0] + a[1] * b[1];

/** The line's end extended by EXTEND_M along its last segment's direction (Mercator). */
function extend(end: XY, before: XY): XY {
	const d = sub(end, before);
	const len = Math.hypot(d[0], d[1]);
	return [end[0] + (d[0] / len) * EXTEND_M, end[1] + (d[1] / len) * EXTEND_M];
}

/**
 * Which side of a line, such as Taiwan's median line, a zone lies on, and how far its vertices
 * reach across: for the median line, `east` is how far the zone reaches over the line toward
 * Taiwan, `west` how far toward the mainland.
 *
 * The line is taken as drawn on the map: straight on the Mercator plane between its vertices
 * (rhumb lines; for the median line 27°N 122°E → 23°N 118°E only the endpoints are official and
 * the straight segment is a drawing convention). A side is decided on that plane, where "east" is
 * the side toward larger longitude, and the reach is the great-circle distance from each vertex
 * to the line (densified every 1 km). Vertices beyond an end are measured to the line extended
 * straight past that end (about 1,800 km), and `beyondEnds` says so. Exact for a straight line,
 * whose farthest points from it are polygon vertices; for a bent line the extreme may fall
 * between vertices.
 *
 * @param {ZoneInput} zone the zone (not modified)
 * @param {LineInput} line a LineString with at least 2 distinct positions, not running due
 * east-west at any segment (not modified)
 * @returns {LineSide} `{ side, east, west, beyondEnds }`, distances unrounded
 * @example
 * const median = turf.lineString([[122, 27], [118, 23]]);
 * const zone = turf.polygon([[[120, 25], [121, 25], [121, 26], [120, 26], [120, 25]]]);
 * const s = medianLineSide(zone, median);
 * //=s.side is 'straddles'; s.east.km about 76; s.west.km about 73
 */
export function medianLineSide(zone: ZoneInput, line: LineInput): LineSide {
	const coords = (line.type === 'Feature' ? line.geometry : line).coordinates;
	const pts = coords.map(xy);
	const first = pts[0];
	const second = pts[1];
	const last = pts[pts.length - 1];
	const beforeLast = pts[pts.length - 2];
	if (!first || !second || !last || !beforeLast) {
		throw new RangeError('medianLineSide: the line needs at least 2 positions');
	}
	const extended: XY[] = [extend(first, second), ...pts, extend(last, beforeLast)];
	for (let i = 1; i < extended.length; i++) {
		const a = extended[i - 1] as XY;
		const b = extended[i] as XY;
		if (a[1] === b[1]) {
			throw new RangeError('medianLineSide: a segment runs due east-west, so east is undefined');
		}
	}
	const dense = densifyRhumb(extended.map(fromWebMercator), DENSIFY_KM);

	let eastKm = 0;
	let westKm = 0;
	let nEast = 0;
	let nWest = 0;
	let beyondEnds = false;
	const ring = polygonOf(zone).coordinates[0] ?? [];
	const vertices = ring.slice(0, -1);
	for (const v of vertices) {
		const p = xy(v);
		// Nearest segment of the extended line on the Mercator plane decides the side.
		let bestI = 1;
		let bestD = Infinity;
		let bestT = 0;
		for (let i = 1; i < extended.length; i++) {
			const a = extended[i - 1] as XY;
			const d = sub(extended[i] as XY, a);
			const t = Math.max(0, Math.min(1, dot(sub(p, a), d) / dot(d, d)));
			const dd = Math.hypot(p[0] - a[0] - d[0] * t, p[1] - a[1] - d[1] * t);
			if (dd < bestD) [bestI, bestD, bestT] = [i, dd, t];
		}
		if ((bestI === 1 && bestT < 1) || (bestI === extended.length - 1 && bestT > 0)) {
			beyondEnds = true;
		}
		const a = extended[bestI - 1] as XY;
		const d = sub(extended[bestI] as XY, a);
		// The side holding the point one unit east of `a` is east: sign of cross(d, [1, 0]) = -d.y.
		const isEast = Math.sign(cross(d, sub(p, a))) === Math.sign(-d[1]);
		const km = nearestOnLines(v, [dense]).km;
		if (km < ON_LINE_KM) continue;
		if (isEast) {
			nEast++;
			eastKm = Math.max(eastKm, km);
		} else {
			nWest++;
			westKm = Math.max(westKm, km);
		}
	}
	if (nEast + nWest === 0)
		throw new RangeError('medianLineSide: the zone has no vertex off the line');
	const side = nEast && nWest ? 'straddles' : nEast ? 'east' : 'west';
	return { side, east: toDistance(eastKm), west: toDistance(westKm), beyondEnds };
}
