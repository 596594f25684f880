import { buffer, lineString, polygon } from '@turf/turf';
import type { Position } from 'geojson';
import { KM_PER_NM } from './types';

/**
 * The line at a given distance seaward of a baseline: the outer ring of the baseline's buffer
 * (turf `buffer`, an azimuthal equidistant projection about the shape's centre, arcs drawn with
 * `steps` segments per quarter circle). A closed baseline (first position equal to the last, at
 * least 4 positions) is buffered as the area it encloses, so the line runs only outside it; an
 * open line is buffered on both sides. Nothing is rounded.
 *
 * @param {Position[]} baseline the baseline, [lon, lat] (not modified)
 * @param {number} nm distance in nautical miles (1 nm = 1.852 km), greater than 0
 * @param {number} [steps=32] segments per quarter circle round convex corners
 * @returns {Position[]} a closed ring, [lon, lat]
 * @example
 * const line = limitLine([[0, 0], [1, 0]], 12);
 * //=the line runs about 0.1999° north and south of the segment (12 nm = 22.224 km)
 */
export function limitLine(baseline: readonly Position[], nm: number, steps = 32): Position[] {
	if (!(nm > 0)) throw new RangeError(`limitLine: distance must be positive, got ${nm}`);
	const coords = baseline.map((p) => [...p]);
	const first = coords[0];
	const last = coords[coords.length - 1];
	const closed =
		coords.length >= 4 && !!first && !!last && first[0] === last[0] && first[1] === last[1];
	const shape = closed ? polygon([coords]) : lineString(coords);
	const out = buffer(shape, nm * KM_PER_NM, { units: 'kilometers', steps });
	const g = out?.geometry;
	if (!g) throw new Error('limitLine: buffer gave no geometry');
	const rings = g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
	let best: Position[] = [];
	let size = -Infinity;
	for (const ring of rings) {
		if (!ring) continue;
		const xs = ring.map((p) => p[0] ?? 0);
		const ys = ring.map((p) => p[1] ?? 0);
		const s = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
		if (s > size) {
			size = s;
			best = ring;
		}
	}
	return best;
}
