import type { Geometry } from 'geojson';
import { bbox } from '@turf/turf';

/** A lon/lat bounding box as [[west, south], [east, north]]. */
export type Bounds = [[number, number], [number, number]];

/**
 * The bounding box of some geometries, or null when they have no positions.
 * @example bboxOf([{ type: 'Point', coordinates: [121, 25] }]) // [[121, 25], [121, 25]]
 */
export function bboxOf(geometries: readonly Geometry[]): Bounds | null {
	// Turf walks every coordinate of every geometry type (a GeometryCollection holds them all).
	const [w, s, e, n] = bbox({ type: 'GeometryCollection', geometries: [...geometries] });
	return Number.isFinite(w) && Number.isFinite(n)
		? [
				[w, s],
				[e, n]
			]
		: null;
}
