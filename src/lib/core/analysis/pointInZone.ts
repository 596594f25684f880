import { booleanPointInPolygon, toMercator } from '@turf/turf';
import type { Position } from 'geojson';
import { polygonOf } from './polygonOf';
import { toWebMercator } from './toWebMercator';
import type { ZoneInput } from './types';

/**
 * Whether a position lies in a zone, its edge included. The test runs on the Mercator plane,
 * where the zone's edges are straight as the map draws them (rhumb lines), so it is exact for
 * sloping edges too.
 *
 * @param {Position} point [lon, lat] (not modified)
 * @param {ZoneInput} zone the zone (not modified)
 * @returns {boolean} true inside or on the edge
 * @example
 * const inside = pointInZone([0.5, 0.5], turf.polygon([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]));
 * //=inside is true
 */
export function pointInZone(point: Position, zone: ZoneInput): boolean {
	return booleanPointInPolygon(toWebMercator(point), toMercator(polygonOf(zone)));
}
