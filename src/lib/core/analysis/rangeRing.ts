import { circle } from '@turf/turf';
import type { Polygon, Position } from 'geojson';

/**
 * A range ring for the measuring tool: the polygon of points at `radiusKm` great-circle distance
 * from `center` (spherical Earth, R = 6371.0088 km), with `steps` vertices.
 *
 * @param {Position} center [lon, lat] (not modified)
 * @param {number} radiusKm radius in km (> 0; for nautical miles pass nm × 1.852)
 * @param {number} [steps=64] number of vertices, an integer >= 3
 * @returns {Polygon} a new closed, counter-clockwise ring of `steps + 1` positions
 * @example
 * const ring = rangeRing([121.5, 25], 44.448, 64);
 * //=ring is a Polygon whose 65 positions all lie 44.448 km (24 nm) from [121.5, 25]
 */
export function rangeRing(center: Position, radiusKm: number, steps = 64): Polygon {
	if (!(radiusKm > 0) || !Number.isFinite(radiusKm)) {
		throw new RangeError(`rangeRing: radiusKm must be a positive number, got ${radiusKm}`);
	}
	if (!Number.isInteger(steps) || steps < 3) {
		throw new RangeError(`rangeRing: steps must be an integer >= 3, got ${steps}`);
	}
	return circle([...center], radiusKm, { steps, units: 'kilometers' }).geometry;
}
