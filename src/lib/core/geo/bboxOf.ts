import type { Geometry, Position } from 'geojson';

/** A lon/lat bounding box as [[west, south], [east, north]]. */
export type Bounds = [[number, number], [number, number]];

/** Every position of a geometry, a GeometryCollection's members included. */
function* positions(g: Geometry): Generator<Position> {
	switch (g.type) {
		case 'Point':
			yield g.coordinates;
			break;
		case 'MultiPoint':
		case 'LineString':
			yield* g.coordinates;
			break;
		case 'MultiLineString':
		case 'Polygon':
			for (const line of g.coordinates) yield* line;
			break;
		case 'MultiPolygon':
			for (const polygon of g.coordinates) for (const ring of polygon) yield* ring;
			break;
		case 'GeometryCollection':
			for (const member of g.geometries) yield* positions(member);
	}
}

/**
 * The bounding box of some geometries, or null when they have no positions. Turf's `bbox` gives
 * the same (a property test holds them equal), but importing it here put turf's helpers and
 * meta modules, which the lazy analysis and export code share, in the startup chunk (~1.2 KB
 * gzip); the walk is one switch over GeoJSON's geometry types.
 * @example bboxOf([{ type: 'Point', coordinates: [121, 25] }]) // [[121, 25], [121, 25]]
 */
export function bboxOf(geometries: readonly Geometry[]): Bounds | null {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const g of geometries) {
		for (const [x, y] of positions(g)) {
			if (x! < w) w = x!;
			if (x! > e) e = x!;
			if (y! < s) s = y!;
			if (y! > n) n = y!;
		}
	}
	return Number.isFinite(w) && Number.isFinite(n)
		? [
				[w, s],
				[e, n]
			]
		: null;
}
