import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Polygon } from 'geojson';

/** Turf's spherical Earth radius, km. */
export const R_KM = 6371.0088;
/** One degree of great-circle arc on that sphere, km (111.19508). */
export const DEG_KM = (R_KM * Math.PI) / 180;
/** Degrees to radians. */
export const RAD = Math.PI / 180;

type Props = { id: string; name?: string; role?: string; note?: string };
export type FixtureCollection = FeatureCollection<Geometry, Props> & { box?: number[] };

/** Reads tests/fixtures/analysis/<name>. */
export function readFixture<T = FixtureCollection>(name: string): T {
	const url = new URL(`../../../fixtures/analysis/${name}`, import.meta.url);
	return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

function byId(fc: FixtureCollection, id: string): Feature<Geometry, Props> {
	const f = fc.features.find((x) => x.properties.id === id);
	if (!f) throw new Error(`fixture has no feature "${id}"`);
	return f;
}

/** The Polygon feature with this id. */
export function polygonFeature(fc: FixtureCollection, id: string): Feature<Polygon, Props> {
	const f = byId(fc, id);
	if (f.geometry.type !== 'Polygon') throw new Error(`"${id}" is not a Polygon`);
	return f as Feature<Polygon, Props>;
}

/** The LineString feature with this id. */
export function lineFeature(fc: FixtureCollection, id: string): Feature<LineString, Props> {
	const f = byId(fc, id);
	if (f.geometry.type !== 'LineString') throw new Error(`"${id}" is not a LineString`);
	return f as Feature<LineString, Props>;
}

/** Every Point feature, with its id and name. */
export function pointFeatures(fc: FixtureCollection): Feature<Point, Props & { name: string }>[] {
	return fc.features.filter((f) => f.geometry.type === 'Point') as Feature<
		Point,
		Props & { name: string }
	>[];
}

/** Freezes an object and everything in it, so that any write throws in strict mode. */
export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
}

/**
 * WGS84 area (km²) of the band between latitudes lat1 < lat2 (degrees) over `dLonDeg` degrees of
 * longitude, by the closed-form ellipsoid zone formula:
 * A = Δλ b² [ sin φ / (2 (1 − e² sin² φ)) + ln((1 + e sin φ) / (1 − e sin φ)) / (4e) ] between φ1 and φ2.
 */
export function ellipsoidBandKm2(lat1: number, lat2: number, dLonDeg: number): number {
	const a = 6378.137;
	const f = 1 / 298.257223563;
	const b = a * (1 - f);
	const e = Math.sqrt(1 - (b * b) / (a * a));
	const g = (latDeg: number) => {
		const s = Math.sin(latDeg * RAD);
		return s / (2 * (1 - e * e * s * s)) + Math.log((1 + e * s) / (1 - e * s)) / (4 * e);
	};
	return dLonDeg * RAD * b * b * (g(lat2) - g(lat1));
}
