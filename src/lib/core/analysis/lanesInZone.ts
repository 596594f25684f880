import { pointInZone } from './pointInZone';
import { polygonOf } from './polygonOf';
import { splitAtRings } from './splitAtRings';
import { toDistance } from './toDistance';
import type { Distance, LaneInput, ZoneInput } from './types';

/** A lane edge that runs through a zone, and its length inside. */
export interface LaneInZone {
	id: string;
	/** Length of the lane inside the zone (along its rhumb-line segments, as drawn). */
	inside: Distance;
}

/** [west, south, east, north] of a list of positions. */
function bounds(coords: readonly (readonly number[])[]): [number, number, number, number] {
	const xs = coords.map((c) => c[0] ?? NaN);
	const ys = coords.map((c) => c[1] ?? NaN);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * The lane edges a zone crosses, each with its length inside the zone. Exact for any polygon,
 * not only rectangles: each lane is cut where it crosses the zone's edges (`splitAtRings`, on the
 * Mercator plane where both are straight as drawn) and the pieces whose midpoints lie in the zone
 * are summed. A lane that only touches the zone at a point is left out; one running along an edge
 * counts as inside. Lengths are rhumb-line lengths on
 * the sphere (R = 6371.0088 km).
 *
 * @param {ZoneInput} zone the zone (not modified)
 * @param {LaneInput[]} lanes LineString features with an `id` (e.g. `LaneFeature`s; not modified)
 * @returns {LaneInZone[]} `{ id, inside: { km, nm } }` for each lane with length inside, in input
 * order, unrounded
 * @example
 * const zone = turf.polygon([[[0, -1], [1, -1], [1, 1], [0, 1], [0, -1]]]);
 * const lane = turf.lineString([[-1, 0], [2, 0]], { id: 'l1' });
 * const crossed = lanesInZone(zone, [lane]);
 * //=crossed is [{ id: 'l1', inside: { km: 111.195..., nm: 60.04... } }]
 */
export function lanesInZone(zone: ZoneInput, lanes: readonly LaneInput[]): LaneInZone[] {
	const rings = polygonOf(zone).coordinates;
	const [zw, zs, ze, zn] = bounds(rings.flat());
	const out: LaneInZone[] = [];
	for (const lane of lanes) {
		const coords = lane.geometry.coordinates;
		// A rhumb segment stays within its endpoints' box, so disjoint boxes cannot meet.
		const [w, s, e, n] = bounds(coords);
		if (w > ze || e < zw || s > zn || n < zs) continue;
		let km = 0;
		for (const piece of splitAtRings(coords, rings)) {
			if (pointInZone(piece.mid, zone)) km += piece.km;
		}
		if (km > 0) out.push({ id: lane.properties.id, inside: toDistance(km) });
	}
	return out;
}
