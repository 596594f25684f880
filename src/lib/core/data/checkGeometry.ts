import type { FieldIssue } from './dataIssue';
import { looksSwapped } from './looksSwapped';

type Position = readonly number[];

/** Problems with one [lon, lat] position: swapped order, or a value out of range. */
export function checkPosition(position: Position, field: string): FieldIssue[] {
	const [lon, lat] = position;
	if (typeof lon !== 'number' || typeof lat !== 'number') return [];
	if (looksSwapped(position)) {
		return [{ field, message: 'longitude and latitude look swapped (expected [lon, lat])' }];
	}
	const issues: FieldIssue[] = [];
	if (lon < -180 || lon > 180)
		issues.push({ field, message: 'longitude out of range [-180, 180]' });
	if (lat < -90 || lat > 90) issues.push({ field, message: 'latitude out of range [-90, 90]' });
	return issues;
}

/** Twice the signed area of a closed ring in lon/lat: positive when counter-clockwise. */
export function ringSignedArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 0; i + 1 < ring.length; i++) {
		const p = ring[i];
		const q = ring[i + 1];
		if (!p || !q) continue;
		sum += (p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0);
	}
	return sum;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
	return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

/** Problems with a linear ring: fewer than 4 positions, not closed, or wound the wrong way. */
export function checkRing(
	ring: readonly Position[],
	field: string,
	exterior: boolean
): FieldIssue[] {
	if (ring.length < 4) {
		return [{ field, message: `a ring needs at least 4 positions (has ${ring.length})` }];
	}
	if (!samePosition(ring[0], ring[ring.length - 1])) {
		return [{ field, message: 'ring is not closed: the first and last positions differ' }];
	}
	const area = ringSignedArea(ring);
	if (exterior && area < 0) {
		return [{ field, message: 'exterior ring is clockwise (RFC 7946 wants counter-clockwise)' }];
	}
	if (!exterior && area > 0) {
		return [{ field, message: 'hole is counter-clockwise (RFC 7946 wants clockwise)' }];
	}
	return [];
}

/** A geometry as validated by the schema: Point, LineString or Polygon. */
export type CheckedGeometry =
	| { type: 'Point'; coordinates: Position }
	| { type: 'LineString'; coordinates: readonly Position[] }
	| { type: 'Polygon'; coordinates: readonly (readonly Position[])[] };

/** Every position and ring problem in a schema-valid geometry, with fields like "geometry.coordinates[0][3]". */
export function checkGeometry(geometry: CheckedGeometry): FieldIssue[] {
	const base = 'geometry.coordinates';
	if (geometry.type === 'Point') return checkPosition(geometry.coordinates, base);
	if (geometry.type === 'LineString') {
		return geometry.coordinates.flatMap((p, i) => checkPosition(p, `${base}[${i}]`));
	}
	return geometry.coordinates.flatMap((ring, r) => {
		const positions = ring.flatMap((p, i) => checkPosition(p, `${base}[${r}][${i}]`));
		return positions.length ? positions : checkRing(ring, `${base}[${r}]`, r === 0);
	});
}
