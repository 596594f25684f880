import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, distance } from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';

/** The clip box used by scripts/build-basemap.mjs: [west, south, east, north]. */
const BBOX = [111, 17, 128, 31] as const;

type BasemapProps = { id: string; name?: string };
type Basemap = FeatureCollection<Geometry, BasemapProps> & { name: string; attribution: string };

/** Reads one generated file from data/basemap/. */
function readBasemap(file: string): Basemap {
	const url = new URL(`../../../data/basemap/${file}`, import.meta.url);
	return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Basemap;
}

const files = {
	land: readBasemap('land.geojson'),
	coastline: readBasemap('coastline.geojson'),
	borders: readBasemap('borders.geojson')
};

/** Every position of a geometry, whatever its type. */
function positions(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		case 'GeometryCollection':
			return geometry.geometries.flatMap(positions);
	}
}

/** The lines of a LineString or MultiLineString geometry (nothing for other types). */
function lines(geometry: Geometry): Position[][] {
	if (geometry.type === 'LineString') return [geometry.coordinates];
	if (geometry.type === 'MultiLineString') return geometry.coordinates;
	return [];
}

/** The bbox sides (west, south, east, north) a position lies exactly on. */
function sides(p: Position): string[] {
	const out: string[] = [];
	if (p[0] === BBOX[0]) out.push('west');
	if (p[1] === BBOX[1]) out.push('south');
	if (p[0] === BBOX[2]) out.push('east');
	if (p[1] === BBOX[3]) out.push('north');
	return out;
}

/** The position of a feature of data/places.geojson, by id. */
function place(id: string): Position {
	const places = JSON.parse(readFileSync('data/places.geojson', 'utf8')) as FeatureCollection<
		Geometry,
		{ id: string }
	>;
	const f = places.features.find((p) => p.properties.id === id);
	if (!f || f.geometry.type !== 'Point') throw new Error(`no point place ${id}`);
	return f.geometry.coordinates;
}

/** The land polygons of the generated land file. */
function landPolygons(): Feature<Polygon | MultiPolygon, BasemapProps>[] {
	return files.land.features.filter(
		(f): f is Feature<Polygon | MultiPolygon, BasemapProps> =>
			f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
	);
}

/** Whether [lon, lat] falls inside any land polygon. */
function isLand(at: Position): boolean {
	return landPolygons().some((f) => booleanPointInPolygon(at, f));
}

describe('offline basemap (data/basemap, built by scripts/build-basemap.mjs)', () => {
	it('every file is a FeatureCollection with a name, an OpenStreetMap (ODbL) attribution and string feature ids', () => {
		for (const [name, fc] of Object.entries(files)) {
			expect(fc.type).toBe('FeatureCollection');
			expect(fc.name).toBe(name);
			expect(fc.attribution).toMatch(
				/^© OpenStreetMap contributors \(ODbL\), land polygons via @geo-maps\/countries-land-10m \S+$/
			);
			for (const f of fc.features) expect(typeof f.properties.id).toBe('string');
		}
	});

	it('every coordinate lies inside the bbox', () => {
		const outside: string[] = [];
		for (const [name, fc] of Object.entries(files)) {
			for (const f of fc.features) {
				for (const [x = NaN, y = NaN] of positions(f.geometry)) {
					if (!(x >= BBOX[0] && x <= BBOX[2] && y >= BBOX[1] && y <= BBOX[3]))
						outside.push(`${name} ${f.properties.id} [${x}, ${y}]`);
				}
			}
		}
		expect(outside).toEqual([]);
	});

	it('no coastline segment lies along a bbox edge (both endpoints on the same side)', () => {
		const onEdge: string[] = [];
		for (const f of files.coastline.features) {
			for (const line of lines(f.geometry)) {
				for (let i = 1; i < line.length; i++) {
					const a = line[i - 1] ?? [];
					const b = line[i] ?? [];
					const shared = sides(a).filter((s) => sides(b).includes(s));
					if (shared.length > 0) onEdge.push(`${f.properties.id} ${shared[0]} [${a}] -> [${b}]`);
				}
			}
		}
		expect(files.coastline.features.length).toBeGreaterThan(0);
		expect(onEdge).toEqual([]);
	});

	it('land features include Taiwan', () => {
		const names = new Set(files.land.features.map((f) => f.properties.name));
		expect(names).toContain('Taiwan');
	});

	it('Taipei (121.5683, 25.0358) is on land', () => {
		expect(isLand([121.5683, 25.0358])).toBe(true);
	});

	it('mid-strait (119.9, 24.0) is not on land', () => {
		expect(isLand([119.9, 24.0])).toBe(false);
	});

	it('Kinmen (118.35, 24.44) is on land', () => {
		expect(isLand([118.35, 24.44])).toBe(true);
	});

	it('the Matsu (Nangan) place of data/places.geojson is on land', () => {
		expect(isLand(place('matsu'))).toBe(true);
	});

	it("land lies within 1 arc-minute (the place's stated precision) of the Pratas (Dongsha) place", () => {
		// The place is the centre of the eAIP's 10-nm circle around the island, to the arc-minute,
		// so it may fall just off the island's edge; the island must be within that precision.
		const at = place('pratas');
		const near = landPolygons().some((f) => {
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			return (
				polygons.some((rings) => (rings[0] ?? []).some((q) => distance(at, q) <= 1.852)) ||
				booleanPointInPolygon(at, f)
			);
		});
		expect(near).toBe(true);
	});

	it('Dongyin, Beigan and Lanyu are on land (islands missing from Natural Earth 1:10m)', () => {
		for (const at of [
			[120.49, 26.37],
			[119.99, 26.22],
			[121.55, 22.04]
		]) {
			expect(isLand(at), at.join(',')).toBe(true);
		}
	});

	it('world.geojson puts the off-map capitals (Washington, Tokyo, Singapore) on land', () => {
		const world = JSON.parse(readFileSync('data/basemap/world.geojson', 'utf8')) as {
			features: Feature<MultiPolygon>[];
		};
		const land = world.features[0]!;
		for (const at of [
			[-77.0094, 38.8995],
			[139.7514, 35.685],
			[103.8558, 1.293]
		]) {
			expect(booleanPointInPolygon(at, land), at.join(',')).toBe(true);
		}
	});
});
