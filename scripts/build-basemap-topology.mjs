/**
 * Writes data/basemap/strait.topo.json, the file the map draws its land and coastline from: the
 * two GeoJSON files of data/basemap/ as one TopoJSON topology (topojson-server). The coastline is
 * the land's own outline, so the two share their arcs and each vertex is stored once, as an
 * integer step of 1e-4° from the clip box's corner (the GeoJSON is rounded to 1e-4° or coarser,
 * so nothing moves). 78 KB of gzip becomes 30 KB.
 *
 *   node scripts/build-basemap-topology.mjs    (run by `npm run basemap` after build-basemap.mjs)
 *
 * Exits 1, writing nothing, if the topology does not decode (topojson-client) to the GeoJSON's
 * own coordinates, features and properties. tests/unit/scripts/basemapTopology.test.ts fails
 * when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'basemap');
/** The objects of the topology, each from data/basemap/<name>.geojson. */
const OBJECTS = ['land', 'coastline'];
/** One quantization step, in degrees: the GeoJSON's finest rounding. */
const STEP = 1e-4;
/** The clip box's south-west corner (scripts/build-basemap.mjs BBOX): the steps' origin. */
const ORIGIN = [111, 17];
/** The largest difference, in degrees, a decoded coordinate may have from the GeoJSON's. */
const TOLERANCE = 1e-9;

/** @typedef {import('geojson').FeatureCollection<import('geojson').Polygon | import('geojson').MultiPolygon | import('geojson').LineString | import('geojson').MultiLineString, { id: string }> & { attribution: string }} Collection */

/**
 * Fails the script with a message, writing nothing.
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
	console.error(`build-basemap-topology: ${message}`);
	process.exit(1);
}

/**
 * Every number of a geometry's coordinates, in order.
 * @param {import('geojson').Geometry} geometry
 * @returns {number[]}
 */
function numbers(geometry) {
	return 'coordinates' in geometry
		? /** @type {number[]} */ (geometry.coordinates.flat(Infinity))
		: [];
}

/** @type {Collection[]} */
const read = OBJECTS.map((name) => JSON.parse(readFileSync(join(DIR, `${name}.geojson`), 'utf8')));
/** @type {Record<string, Collection>} */
const collections = Object.fromEntries(
	OBJECTS.map((name, i) => [name, /** @type {Collection} */ (read[i])])
);
const attributions = new Set(read.map((c) => c.attribution));
if (attributions.size !== 1) fail('land and coastline carry different attributions');

const topo = quantize(/** @type {any} */ (topology(collections)), {
	scale: [STEP, STEP],
	translate: /** @type {[number, number]} */ (ORIGIN)
});
const out = { ...topo, attribution: [...attributions][0] };

for (const [i, name] of OBJECTS.entries()) {
	/** @type {Collection} */
	const decoded = /** @type {any} */ (
		feature(/** @type {any} */ (out), /** @type {any} */ (out.objects[name]))
	);
	const source = read[i]?.features ?? [];
	if (decoded.features.length !== source.length)
		fail(`${name}: ${decoded.features.length} features decoded, ${source.length} in the GeoJSON`);
	for (const [k, f] of source.entries()) {
		const d = decoded.features[k] ?? fail(`${name} feature ${k}: not decoded`);
		if (JSON.stringify(d.properties) !== JSON.stringify(f.properties))
			fail(`${name} ${f.properties.id}: properties differ`);
		if (d.geometry.type !== f.geometry.type) fail(`${name} ${f.properties.id}: geometry type`);
		const [want, got] = [numbers(f.geometry), numbers(d.geometry)];
		if (
			want.length !== got.length ||
			want.some((x, j) => Math.abs(x - (got[j] ?? NaN)) > TOLERANCE)
		)
			fail(`${name} ${f.properties.id}: coordinates differ after quantization`);
	}
}

const text = JSON.stringify(out);
writeFileSync(join(DIR, 'strait.topo.json'), text);
const before = read.reduce((sum, c) => sum + gzipSync(JSON.stringify(c)).length, 0);
console.log(
	`strait.topo.json: ${OBJECTS.join(' + ')}, ${Buffer.byteLength(text)} B, gzip ${gzipSync(text).length} B (GeoJSON ${before} B)`
);
