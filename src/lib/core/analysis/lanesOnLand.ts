import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { splitAtRings } from './splitAtRings';
import { toDistance } from './toDistance';
import type { Distance, LaneInput } from './types';

/** A lane edge that runs over land, with the length and the stretches on land. */
export interface LaneOnLand {
	id: string;
	/** Total length on land (rhumb-line segments, as drawn). */
	onLand: Distance;
	/** Each stretch on land, from where the lane reaches the coast to where it leaves it. */
	stretches: { start: Position; end: Position; km: number }[];
}

/** [west, south, east, north] of a list of positions. */
function bounds(coords: readonly Position[]): [number, number, number, number] {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const [x = NaN, y = NaN] of coords) {
		w = Math.min(w, x);
		e = Math.max(e, x);
		s = Math.min(s, y);
		n = Math.max(n, y);
	}
	return [w, s, e, n];
}

/**
 * The lane edges that cross land, each with its length on land and the stretches on land. Each
 * lane is cut where it crosses the coast (`splitAtRings`, on the Mercator plane where lanes are
 * drawn straight) and the pieces whose midpoints lie on a land polygon are kept. A lane that only
 * touches the coast at a point is left out. Lengths are rhumb-line lengths (R = 6371.0088 km).
 *
 * @param {LaneInput[]} lanes LineString features with an `id` (not modified)
 * @param {(Polygon | MultiPolygon)[]} land land polygons, e.g. the basemap's (not modified)
 * @returns {LaneOnLand[]} one entry per lane with length on land, in input order, unrounded
 * @example
 * const island = { type: 'Polygon', coordinates: [[[0, -1], [1, -1], [1, 1], [0, 1], [0, -1]]] };
 * const lane = turf.lineString([[-1, 0], [2, 0]], { id: 'l1' });
 * const over = lanesOnLand([lane], [island]);
 * //=over[0].onLand.km is about 111.2 (one degree of the equator)
 */
export function lanesOnLand(
	lanes: readonly LaneInput[],
	land: readonly (Polygon | MultiPolygon)[]
): LaneOnLand[] {
	const polygons = land
		.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates))
		.map((rings) => ({ rings, box: bounds(rings[0] ?? []) }));
	const out: LaneOnLand[] = [];
	for (const lane of lanes) {
		const coords = lane.geometry.coordinates;
		const [w, s, e, n] = bounds(coords);
		const stretches: LaneOnLand['stretches'] = [];
		for (const { rings, box } of polygons) {
			// A rhumb segment stays within its endpoints' box, so disjoint boxes cannot meet.
			if (w > box[2] || e < box[0] || s > box[3] || n < box[1]) continue;
			const polygon: Polygon = { type: 'Polygon', coordinates: rings };
			for (const piece of splitAtRings(coords, rings)) {
				if (piece.km > 0 && booleanPointInPolygon(piece.mid, polygon)) {
					stretches.push({ start: piece.start, end: piece.end, km: piece.km });
				}
			}
		}
		if (stretches.length > 0) {
			const km = stretches.reduce((sum, p) => sum + p.km, 0);
			out.push({ id: lane.properties.id, onLand: toDistance(km), stretches });
		}
	}
	return out;
}
