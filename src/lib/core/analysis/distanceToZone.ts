import type { Position } from 'geojson';
import { densifyRhumb } from './densifyRhumb';
import { nearestOnLines } from './nearestOnLines';
import { pointInZone } from './pointInZone';
import { polygonOf } from './polygonOf';
import { toDistance } from './toDistance';
import { DENSIFY_KM, type Distance, type ZoneInput } from './types';

/**
 * The great-circle distance from a point to a zone: zero inside or on the edge, otherwise the
 * distance to the nearest point of the zone's edge (edges are rhumb lines as drawn, densified
 * every 1 km).
 *
 * @param {Position} point [lon, lat] (not modified)
 * @param {ZoneInput} zone the zone (not modified)
 * @returns {{distance: Distance, onZone: Position}} the distance and the nearest point of the zone
 * (the point itself when inside)
 * @example
 * const square = turf.polygon([[[1, -1], [2, -1], [2, 1], [1, 1], [1, -1]]]);
 * const d = distanceToZone([0, 0], square);
 * //=d.distance.km is about 111.2 and d.onZone about [1, 0]
 */
export function distanceToZone(
	point: Position,
	zone: ZoneInput
): { distance: Distance; onZone: Position } {
	if (pointInZone(point, zone)) return { distance: toDistance(0), onZone: [...point] };
	const rings = polygonOf(zone).coordinates.map((ring) => densifyRhumb(ring, DENSIFY_KM));
	const near = nearestOnLines(point, rings);
	return { distance: toDistance(near.km), onZone: near.point };
}
