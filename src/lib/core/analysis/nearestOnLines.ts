import { distance, lineString, nearestPointOnLine } from '@turf/turf';
import type { Position } from 'geojson';

/**
 * The nearest point to `point` on a set of lines, each segment taken as a great-circle arc, and
 * its distance. Exact on the sphere (turf's `nearestPointOnLine`, R = 6371.0088 km); segments
 * that cannot beat the best so far are skipped with the triangle inequality, so long lines stay
 * fast. A line with one position counts as a point.
 *
 * @param {Position} point [lon, lat] (not modified)
 * @param {Position[][]} lines the lines, [lon, lat] (not modified)
 * @returns {{km: number, point: Position}} the distance in km and a new nearest position;
 * `{ km: Infinity, point: [NaN, NaN] }` when there are no positions
 * @example
 * const n = nearestOnLines([1, 0.5], [[[0, 0], [0, 1]]]);
 * //=n.km is about 111.2 and n.point about [0, 0.5]
 */
export function nearestOnLines(
	point: Position,
	lines: readonly (readonly Position[])[]
): { km: number; point: Position } {
	const p = [...point];
	let best: { km: number; point: Position } = { km: Infinity, point: [NaN, NaN] };
	for (const line of lines) {
		const d = line.map((q) => distance(p, [...q]));
		d.forEach((km, i) => {
			const q = line[i];
			if (q && km < best.km) best = { km, point: [...q] };
		});
		for (let i = 1; i < line.length; i++) {
			const a = line[i - 1];
			const b = line[i];
			const da = d[i - 1];
			const db = d[i];
			if (!a || !b || da === undefined || db === undefined) continue;
			// Every point X of the arc AB has d(p, X) >= (d(p, A) + d(p, B) - |AB|) / 2.
			const lowerBound = (da + db - distance([...a], [...b])) / 2;
			if (lowerBound >= best.km) continue;
			const near = nearestPointOnLine(lineString([[...a], [...b]]), p);
			const km = near.properties.pointDistance;
			if (km < best.km) best = { km, point: [...near.geometry.coordinates] };
		}
	}
	return best;
}
