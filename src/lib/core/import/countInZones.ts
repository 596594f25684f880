import { bbox, booleanPointInPolygon, toMercator } from '@turf/turf';
import { polygonOf } from '../analysis/polygonOf';
import type { ZoneInput } from '../analysis/types';
import type { ColumnarPoints } from './types';

/**
 * How many imported points lie in each zone (edge included) among those drawn at time `at`
 * (started by then; all when `at` is undefined). Like core/analysis/pointInZone, the test runs on
 * the Mercator plane, where zone edges are straight as the map draws them; a bounding-box check
 * first keeps a million points fast.
 * @example countInZones(points, [zone]) // [42]
 */
export function countInZones(
	points: Pick<ColumnarPoints, 'count' | 'lon' | 'lat' | 'start'>,
	zones: readonly ZoneInput[],
	at?: number
): number[] {
	return zones.map((zone) => {
		const polygon = toMercator(polygonOf(zone));
		const [w, s, e, n] = bbox(polygonOf(zone));
		let count = 0;
		for (let i = 0; i < points.count; i++) {
			const start = points.start[i]!;
			if (at !== undefined && start > at) continue;
			const lon = points.lon[i]!;
			const lat = points.lat[i]!;
			if (lon < w || lon > e || lat < s || lat > n) continue;
			if (booleanPointInPolygon(toMercator([lon, lat]), polygon)) count++;
		}
		return count;
	});
}
