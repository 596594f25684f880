import type { Polygon } from 'geojson';
import type { ZoneInput } from './types';

/**
 * The Polygon geometry of a zone given as a Feature or as a bare Polygon (not copied).
 *
 * @param {ZoneInput} zone a zone Feature (e.g. a `DrillZoneFeature`) or a Polygon
 * @returns {Polygon} its geometry
 * @example
 * const g = polygonOf(turf.polygon([[[0, 0], [1, 0], [1, 1], [0, 0]]]));
 * //=g.type is 'Polygon'
 */
export function polygonOf(zone: ZoneInput): Polygon {
	return zone.type === 'Feature' ? zone.geometry : zone;
}
