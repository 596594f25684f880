import type { Position } from 'geojson';
import type { CoastInput } from './types';

/**
 * The lines of a coastline: a LineString's coordinates, a MultiLineString's parts, or every ring
 * of a (Multi)Polygon. The arrays are the input's own (not copied); callers must not modify them.
 *
 * @param {CoastInput} coast a (Multi)LineString or (Multi)Polygon, as a Feature or a geometry
 * @returns {Position[][]} one array of positions per line or ring
 * @example
 * const lines = linesOf(turf.lineString([[0, 0], [1, 1]]));
 * //=lines is [[[0, 0], [1, 1]]]
 */
export function linesOf(coast: CoastInput): Position[][] {
	const g = coast.type === 'Feature' ? coast.geometry : coast;
	switch (g.type) {
		case 'LineString':
			return [g.coordinates];
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates;
		case 'MultiPolygon':
			return g.coordinates.flat();
	}
}
