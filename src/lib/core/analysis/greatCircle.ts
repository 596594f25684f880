import { bearing, distance } from '@turf/turf';
import type { Position } from 'geojson';
import { toDistance } from './toDistance';
import type { Distance } from './types';

/**
 * The great-circle distance between two points and the initial bearing from the first to the
 * second, for the measuring tool. Spherical Earth (R = 6371.0088 km, turf's mean radius): within
 * 0.5% of the WGS84 geodesic.
 *
 * @param {Position} a start [lon, lat] (not modified)
 * @param {Position} b end [lon, lat] (not modified)
 * @returns {{distance: Distance, bearing: number}} `distance` in km and nm, `bearing` in degrees
 * clockwise from true north, 0 <= bearing < 360 (0 when the points coincide)
 * @example
 * const leg = greatCircle([0, 0], [-1, 0]);
 * //=leg.distance.km is about 111.2, leg.bearing is 270
 */
export function greatCircle(a: Position, b: Position): { distance: Distance; bearing: number } {
	const from = [...a];
	const to = [...b];
	const deg = (bearing(from, to) + 360) % 360;
	return { distance: toDistance(distance(from, to)), bearing: deg === 360 ? 0 : deg };
}
