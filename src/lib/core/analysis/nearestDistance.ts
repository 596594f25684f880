import { booleanIntersects, booleanPointInPolygon, lineIntersect, toMercator } from '@turf/turf';
import type { Position } from 'geojson';
import { densifyRhumb } from './densifyRhumb';
import { fromWebMercator } from './fromWebMercator';
import { linesOf } from './linesOf';
import { nearestOnLines } from './nearestOnLines';
import { pointInZone } from './pointInZone';
import { polygonOf } from './polygonOf';
import { toDistance } from './toDistance';
import { DENSIFY_KM, type CoastApproach, type CoastInput, type ZoneInput } from './types';

/** A point the zone and the coast share, or null when they do not meet (Mercator plane). */
function sharedPoint(zone: ZoneInput, coast: CoastInput): Position | null {
	const zoneM = toMercator(polygonOf(zone));
	const coastM = toMercator(coast.type === 'Feature' ? coast.geometry : coast);
	if (!booleanIntersects(zoneM, coastM)) return null;
	const crossing = lineIntersect(zoneM, coastM).features[0];
	if (crossing) return fromWebMercator(crossing.geometry.coordinates);
	// No edge crossing: the coast lies inside the zone, or the zone inside a land polygon.
	for (const line of linesOf(coast)) {
		for (const p of line) if (pointInZone(p, zone)) return [...p];
	}
	const first = polygonOf(zone).coordinates[0]?.[0];
	if (first && (coastM.type === 'Polygon' || coastM.type === 'MultiPolygon')) {
		const firstM = toMercator([...first]);
		if (booleanPointInPolygon(firstM, coastM)) return [...first];
	}
	return null;
}

/**
 * The minimum distance from a zone to a coastline, with the two nearest points. Zero when they
 * meet (an edge crosses the coast, the coast lies in the zone, or, for a polygon coast, the zone
 * lies on land).
 *
 * Edges are rhumb lines as the map draws them. Turf's point-to-line tools measure from a point,
 * and a zone edge is long (up to about 180 km), so both ways are measured: every point of the
 * zone's edge, densified every 1 km, to the coast's great-circle segments, and every coast vertex
 * to the densified zone edge. The minimum distance between two polylines that do not cross is
 * reached at a vertex of one of them, so this is exact on the sphere (R = 6371.0088 km), within
 * 0.5% of the WGS84 geodesic; round the result to the coastline's basis (`roundTo`).
 *
 * @param {ZoneInput} zone the zone (not modified)
 * @param {CoastInput} coast a (Multi)LineString coastline or (Multi)Polygon land (not modified)
 * @returns {CoastApproach} `{ distance: { km, nm }, onZone, onCoast }`, unrounded
 * @example
 * const zone = turf.polygon([[[1, -1], [2, -1], [2, 1], [1, 1], [1, -1]]]);
 * const cape = turf.lineString([[-1, -1], [0, 0], [-1, 1]]);
 * const near = nearestDistance(zone, cape);
 * //=near.distance.km is about 111.2; near.onZone about [1, 0]; near.onCoast is [0, 0]
 */
export function nearestDistance(zone: ZoneInput, coast: CoastInput): CoastApproach {
	const shared = sharedPoint(zone, coast);
	if (shared) return { distance: toDistance(0), onZone: shared, onCoast: [...shared] };

	const coastLines = linesOf(coast);
	const zoneRings = polygonOf(zone).coordinates.map((ring) => densifyRhumb(ring, DENSIFY_KM));
	let best: CoastApproach = {
		distance: toDistance(Infinity),
		onZone: [NaN, NaN],
		onCoast: [NaN, NaN]
	};
	for (const ring of zoneRings) {
		for (const p of ring) {
			const near = nearestOnLines(p, coastLines);
			if (near.km < best.distance.km) {
				best = { distance: toDistance(near.km), onZone: [...p], onCoast: near.point };
			}
		}
	}
	for (const line of coastLines) {
		for (const p of line) {
			const near = nearestOnLines(p, zoneRings);
			if (near.km < best.distance.km) {
				best = { distance: toDistance(near.km), onZone: near.point, onCoast: [...p] };
			}
		}
	}
	return best;
}
