import { toWgs84 } from '@turf/turf';
import type { Position } from 'geojson';

/**
 * Unprojects spherical (Web) Mercator metres to a [lon, lat] position; the inverse of
 * `toWebMercator`.
 *
 * @param {Position} xy [x, y] in metres (not modified)
 * @returns {Position} a new [lon, lat] in degrees
 * @example
 * const p = fromWebMercator([111319.49, 0]);
 * //=p is about [1, 0]
 */
export function fromWebMercator(xy: Position): Position {
	return toWgs84([xy[0] ?? NaN, xy[1] ?? NaN]);
}
