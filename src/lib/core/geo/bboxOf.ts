import type { Geometry } from 'geojson';

/** A lon/lat bounding box as [[west, south], [east, north]]. */
export type Bounds = [[number, number], [number, number]];

function* positions(g: Geometry): Generator<number[]> {
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
			for (const poly of g.coordinates) for (const ring of poly) yield* ring;
			break;
		case 'GeometryCollection':
			for (const child of g.geometries) yield* positions(child);
	}
}

/**
 * The bounding box of some geometries, or null when they have no positions.
 * @example bboxOf([{ type: 'Point', coordinates: [121, 25] }]) // [[121, 25], [121, 25]]
 */
export function bboxOf(geometries: readonly Geometry[]): Bounds | null {
	let w = Infinity,
		s = Infinity,
		e = -Infinity,
		n = -Infinity;
	for (const g of geometries) {
		for (const [x, y] of positions(g)) {
			if (x === undefined || y === undefined) continue;
			w = Math.min(w, x);
			s = Math.min(s, y);
			e = Math.max(e, x);
			n = Math.max(n, y);
		}
	}
	return Number.isFinite(w)
		? [
				[w, s],
				[e, n]
			]
		: null;
}
