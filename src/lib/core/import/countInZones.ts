import { bbox, booleanPointInPolygon, toMercator } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { polygonOf } from '../analysis/polygonOf';
import type { ZoneInput } from '../analysis/types';
import type { ColumnarPoints } from './types';

type Points = Pick<ColumnarPoints, 'count' | 'lon' | 'lat' | 'start'>;

const A = 6378137;
const D2R = Math.PI / 180;
const MAX_EXTENT = 20037508.342789244;

/**
 * Writes a [lon, lat] position's spherical Mercator metres into `out`: turf's `toMercator` for
 * one position (the same formula and clamping; a unit test holds them equal) without making a
 * point or an array per call, which for a million points was most of the time spent, in
 * allocation and garbage collection.
 */
export function mercatorInto(lon: number, lat: number, out: Position): Position {
	const x = A * (Math.abs(lon) <= 180 ? lon : lon - Math.sign(lon) * 360) * D2R;
	const y = A * Math.log(Math.tan(Math.PI * 0.25 + 0.5 * lat * D2R));
	out[0] = Math.max(-MAX_EXTENT, Math.min(MAX_EXTENT, x));
	out[1] = Math.max(-MAX_EXTENT, Math.min(MAX_EXTENT, y));
	return out;
}

/**
 * How many imported points with an index in [from, to) lie in each zone (edge included) among
 * those drawn at time `at` (started by then; all when `at` is undefined). The range lets a
 * caller count a million points in slices, a task each. Like core/analysis/pointInZone, the test
 * runs on the Mercator plane, where zone edges are straight as the map draws them; a bounding-box
 * check first keeps a million points fast.
 * @example countInZones(points, [zone]) // [42]
 */
export function countInZones(
	points: Points,
	zones: readonly ZoneInput[],
	at?: number,
	from = 0,
	to = points.count
): number[] {
	const xy: Position = [0, 0];
	const end = Math.min(to, points.count);
	return zones.map((zone) => {
		const polygon: Polygon = toMercator(polygonOf(zone));
		const [w, s, e, n] = bbox(polygonOf(zone));
		let count = 0;
		for (let i = Math.max(0, from); i < end; i++) {
			const start = points.start[i]!;
			if (at !== undefined && start > at) continue;
			const lon = points.lon[i]!;
			const lat = points.lat[i]!;
			if (lon < w || lon > e || lat < s || lat > n) continue;
			if (booleanPointInPolygon(mercatorInto(lon, lat, xy), polygon)) count++;
		}
		return count;
	});
}
