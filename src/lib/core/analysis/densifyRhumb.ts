import { rhumbDistance } from '@turf/turf';
import type { Position } from 'geojson';

const RAD = Math.PI / 180;
/** Isometric latitude ψ (radians) of a latitude in degrees: the Mercator y on a unit sphere. */
const psi = (latDeg: number) => Math.log(Math.tan(Math.PI / 4 + (latDeg * RAD) / 2));

/** The point a fraction `t` of the way along the rhumb line from `a` to `b`, by distance. */
function along(a: Position, b: Position, t: number): Position {
	const [ax = NaN, ay = NaN] = a;
	const [bx = NaN, by = NaN] = b;
	// Along a rhumb line, distance grows linearly with latitude (or, due east-west, longitude),
	// and longitude grows linearly with ψ.
	const lat = ay + (by - ay) * t;
	const dPsi = psi(by) - psi(ay);
	const f = Math.abs(dPsi) > 1e-12 ? (psi(lat) - psi(ay)) / dPsi : t;
	return [ax + (bx - ax) * f, lat];
}

/**
 * Adds vertices along each segment of a line so that no piece is longer than `stepKm`, keeping
 * each segment a rhumb line (straight on the Mercator map, as the app and a chart draw it). The
 * pieces of a segment are of equal length. Short great-circle chords between the new vertices
 * then stay within millimetres of the drawn edge, so spherical point-to-segment distances are
 * exact for the edge as drawn. Not for segments that cross the antimeridian.
 *
 * @param {Position[]} coords the line's positions, [lon, lat] (not modified)
 * @param {number} stepKm the longest piece allowed, in kilometres (> 0)
 * @returns {Position[]} a new array of new positions; the input vertices are kept
 * @example
 * const line = densifyRhumb([[0, 0], [1, 0]], 10);
 * //=line has 13 positions, 9.27 km apart along the equator
 */
export function densifyRhumb(coords: readonly Position[], stepKm: number): Position[] {
	if (!(stepKm > 0) || !Number.isFinite(stepKm)) {
		throw new RangeError(`densifyRhumb: stepKm must be a positive number, got ${stepKm}`);
	}
	const out: Position[] = [];
	coords.forEach((b, i) => {
		const a = coords[i - 1];
		if (a) {
			const n = Math.ceil(rhumbDistance([...a], [...b]) / stepKm);
			for (let k = 1; k < n; k++) out.push(along(a, b, k / n));
		}
		out.push([...b]);
	});
	return out;
}
