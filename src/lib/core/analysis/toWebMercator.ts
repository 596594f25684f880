import { toMercator } from '@turf/turf';
import type { Position } from 'geojson';

/**
 * Projects a [lon, lat] position to spherical (Web) Mercator metres, the plane in which the map
 * and a nautical chart draw straight edges. A straight segment in this plane is a rhumb line.
 *
 * @param {Position} position [lon, lat] in degrees (not modified)
 * @returns {Position} a new [x, y] in metres
 * @example
 * const xy = toWebMercator([0, 0]);
 * //=xy is [0, 0]
 */
export function toWebMercator(position: Position): Position {
	return toMercator([position[0] ?? NaN, position[1] ?? NaN]);
}
