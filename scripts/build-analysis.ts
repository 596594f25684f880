/**
 * Computes the figures behind the drills and writes data/derived/analysis.json.
 *
 *   npx tsx scripts/build-analysis.ts
 *
 * Reads data/drill-zones.geojson, data/places.geojson (ports), data/reference.geojson (the median
 * line), data/shipping-lanes.geojson and data/exercises.json, each validated with the app's own
 * schema, and Taiwan's main-island coastline from data/basemap/land.geojson (the largest polygon
 * named "Taiwan", its outer ring). Every figure comes from the pure functions in
 * src/lib/core/analysis/; this script only reads, rounds and writes. It exits 1, writing nothing,
 * if an input does not validate or the result does not match AnalysisFileSchema.
 * Set SOURCE_DATE_EPOCH (seconds) to fix the `generated` date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { greatCircle as greatCircleLine } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import * as v from 'valibot';
import { formatIssue } from '../src/lib/core/data/formatIssue';
import type { DataFileName } from '../src/lib/core/data/dataFiles';
import type { DatasetByFile } from '../src/lib/core/data/schema';
import type { BaselineFeature } from '../src/lib/core/data/baselinesSchema';
import { validateDataset } from '../src/lib/core/data/validateDataset';
import {
	APPROACH_KM,
	APPROACH_NM,
	densifyRhumb,
	exerciseSummary,
	KM_PER_NM,
	lanesInZone,
	limitLine,
	pointInZone,
	medianLineSide,
	nearestDistance,
	nearestOnLines,
	nearestPort,
	roundSignificant,
	roundTo,
	STRAIT_BOX,
	toDistance,
	zoneArea,
	type Area,
	type Distance
} from '../src/lib/core/analysis/index';
import {
	AnalysisFileSchema,
	type AnalysisFile,
	type AreaJson,
	type DistanceJson
} from '../src/lib/core/analysis/analysisSchema';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data');
const OUT = join(DATA, 'derived', 'analysis.json');
/** The coastline the distances are measured to (see data/basemap/). */
/** Segments per quarter circle of the 12/24-nm lines round convex corners (error under 60 m). */
const LIMIT_STEPS = 16;
/** The coastline the distances are measured to (see data/basemap/). */
const COAST_SOURCE =
	'OpenStreetMap-derived (geo-maps countries-land-10m, simplified to about 330 m)';

/** ± basis, in km, of each kind of figure (see `roundTo`). */
const BASIS_KM = {
	/** OpenStreetMap-derived coastline, Douglas-Peucker simplified at 0.003° (about 330 m). */
	coast: 0.5,
	/** World Port Index positions, about 1 arc-minute (1 minute of latitude = 1.852 km). */
	port: 1.852,
	/** Baselines from a secondary conversion, turf buffer arcs: about ±0.5 km, like the coast. */
	baseline: 0.5,
	/** Lane lengths describe a generalised routing graph: shown to 5 km (2 nm). */
	lane: 2.5
};

/** The exercises whose zones are analysed. */
const ANALYSED = ['jm2025', 'aug2022'];

/**
 * Press figure: ETtoday (2025-12-29, https://www.ettoday.net/news/20251229/3091880.htm) gives the
 * published point 21°58′00″N 121°40′00″E as 16.7 km (about 9 nm) in a straight line from Eluanbi.
 * That point is the south-west corner of JM2025 zone 5 (not zone 4).
 */
const PRESS_ZONE5_CORNER = {
	nm: 9,
	km: 16.7,
	source: 'ETtoday, 2025-12-29',
	corner: [121 + 40 / 60, 21 + 58 / 60] as Position
};

function fail(message: string): never {
	console.error(`build-analysis: ${message}`);
	process.exit(1);
}

function readJson(path: string): unknown {
	return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function load<F extends DataFileName>(file: F): DatasetByFile[F] {
	const result = validateDataset(file, readJson(join(DATA, file)));
	if (!result.ok) fail(`${file} does not validate:\n${result.errors.map(formatIssue).join('\n')}`);
	return result.data;
}

/** Taiwan's main island: the largest polygon named "Taiwan" in the basemap, outer ring only. */
function mainIsland(): Polygon {
	const land = readJson(join(DATA, 'basemap', 'land.geojson')) as {
		features: Feature<Polygon | MultiPolygon, { name?: string }>[];
	};
	let best: { polygon: Polygon; km2: number } | null = null;
	for (const f of land.features) {
		if (f.properties.name !== 'Taiwan') continue;
		const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		for (const rings of parts) {
			const outer = rings[0];
			if (!outer) continue;
			const polygon: Polygon = { type: 'Polygon', coordinates: [outer] };
			const km2 = zoneArea(polygon).km2;
			if (!best || km2 > best.km2) best = { polygon, km2 };
		}
	}
	if (!best) fail('no polygon named "Taiwan" in data/basemap/land.geojson');
	if (best.km2 < 30_000 || best.km2 > 40_000) {
		fail(`the largest "Taiwan" polygon is ${best.km2.toFixed(0)} km², not the main island`);
	}
	return best.polygon;
}

/** The southernmost vertex of a polygon's outer ring (for Taiwan's main island: the Eluanbi headland). */
function southernmost(polygon: Polygon): Position {
	let best: Position | null = null;
	for (const p of polygon.coordinates[0] ?? []) if (!best || (p[1] ?? 0) < (best[1] ?? 0)) best = p;
	if (!best) fail('empty coastline');
	return best;
}

/** The nearest point of any land polygon of data/basemap/land.geojson to `point`, and its distance. */
function nearestLand(point: Position): { km: number; point: Position } {
	const land = readJson(join(DATA, 'basemap', 'land.geojson')) as {
		features: Feature<Polygon | MultiPolygon>[];
	};
	const rings = land.features.flatMap((f) =>
		f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()
	);
	return nearestOnLines(point, rings);
}

/**
 * The largest distance between the median line drawn as a rhumb line (as the map draws it) and a
 * great circle between the same endpoints: how much the drawing convention matters.
 */
function conventionSpreadKm(line: LineString): number {
	const rhumb = densifyRhumb(line.coordinates, 1);
	let max = 0;
	for (let i = 1; i < line.coordinates.length; i++) {
		const a = line.coordinates[i - 1] as Position;
		const b = line.coordinates[i] as Position;
		const arc = greatCircleLine([...a], [...b], { npoints: 200 }).geometry;
		const coords = arc.type === 'LineString' ? arc.coordinates : arc.coordinates.flat();
		for (const p of coords) max = Math.max(max, nearestOnLines(p, [rhumb]).km);
	}
	return max;
}

const fixed = (n: number, decimals: number) => Number(n.toFixed(decimals)) + 0;
const pos = (p: Position): [number, number] => [fixed(p[0] ?? NaN, 5), fixed(p[1] ?? NaN, 5)];

function distanceJson(d: Distance, basisKm: number): DistanceJson {
	return {
		km: fixed(d.km, 2),
		nm: fixed(d.nm, 2),
		km_rounded: roundTo(d.km, basisKm),
		nm_rounded: roundTo(d.nm, basisKm, 'nm')
	};
}

function areaJson(a: Area): AreaJson {
	return {
		km2: fixed(a.km2, 1),
		nm2: fixed(a.nm2, 1),
		km2_rounded: roundSignificant(a.km2),
		nm2_rounded: roundSignificant(a.nm2)
	};
}

/** Writes the 12-nm and 24-nm lines of every baseline into data/baselines.geojson (replacing old ones). */
function writeLimits(baselines: BaselineFeature[], all: BaselineFeature[]): BaselineFeature[] {
	const limits: BaselineFeature[] = [];
	for (const b of baselines) {
		if (b.geometry.type !== 'LineString') continue;
		const region = b.properties.id.replace(/^baseline-/, '');
		for (const nm of [12, 24] as const) {
			const ring = limitLine(b.geometry.coordinates, nm, LIMIT_STEPS).map((p): [number, number] => [
				fixed(p[0] ?? NaN, 4),
				fixed(p[1] ?? NaN, 4)
			]);
			const kind = nm === 12 ? 'territorial_sea_limit' : 'contiguous_zone_limit';
			limits.push({
				type: 'Feature',
				properties: {
					id: `limit-${nm}nm-${region}`,
					name: `${nm}-nm line (${nm === 12 ? 'outer limit of the territorial sea' : 'outer limit of the contiguous zone'}), computed from the ${region === 'taiwan' ? 'Taiwan' : 'Dongsha'} baseline`,
					kind,
					secondary: true,
					computed_from: b.properties.id,
					distance_nm: nm,
					precision: 'approximate',
					precision_note: `Computed here (scripts/build-analysis.ts) as the line ${nm} nm (${fixed(nm * KM_PER_NM, 3)} km) outside the baseline, with turf buffer (${LIMIT_STEPS} segments per quarter circle), rounded to 1e-4 degree. The baseline itself comes from a secondary source, and this is not the officially announced outer-limit line (its coordinates were not found).`,
					sources: b.properties.sources
				},
				geometry: { type: 'LineString', coordinates: ring }
			});
		}
	}
	const kept = all.filter(
		(f) => f.properties.kind === 'baseline' || f.properties.kind === 'base_point'
	);
	const file = { type: 'FeatureCollection', name: 'baselines', features: [...kept, ...limits] };
	const checked = validateDataset('baselines.geojson', file);
	if (!checked.ok)
		fail(`baselines.geojson would not validate:\n${checked.errors.map(formatIssue).join('\n')}`);
	// One position per line: readable diffs, a third of the size of one number per line.
	const text = JSON.stringify(file, null, '\t').replace(
		/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g,
		'[$1, $2]'
	);
	writeFileSync(join(DATA, 'baselines.geojson'), `${text}\n`);
	return limits;
}

function main(): void {
	const zones = load('drill-zones.geojson').features;
	const ports = load('places.geojson').features.filter((f) => f.properties.kind === 'port');
	const lanes = load('shipping-lanes.geojson').features;
	const exercises = load('exercises.json').exercises;
	const medianFeature = load('reference.geojson').features.find(
		(f) => f.properties.id === 'median-line'
	);
	if (!medianFeature || medianFeature.geometry.type !== 'LineString') {
		fail('reference.geojson has no LineString "median-line"');
	}
	const median: LineString = medianFeature.geometry;
	const coast = mainIsland();
	const medianBasisKm = conventionSpreadKm(median);

	const analysed = zones.filter((z) => ANALYSED.includes(z.properties.exercise));
	const zoneFigures = analysed.map((z) => {
		const near = nearestDistance(z, coast);
		const port = nearestPort(z, ports);
		if (!port) fail('places.geojson has no port');
		const side = medianLineSide(z, median);
		return {
			id: z.properties.id,
			exercise: z.properties.exercise,
			zone: z.properties.zone,
			area: areaJson(zoneArea(z)),
			coast: {
				...distanceJson(near.distance, BASIS_KM.coast),
				on_zone: pos(near.onZone),
				on_coast: pos(near.onCoast)
			},
			nearest_port: {
				id: port.id,
				name: port.name,
				...distanceJson(port.distance, BASIS_KM.port)
			},
			median_line: {
				side: side.side,
				east: distanceJson(side.east, medianBasisKm),
				west: distanceJson(side.west, medianBasisKm),
				beyond_ends: side.beyondEnds
			},
			lanes: lanesInZone(z, lanes).map((l) => ({
				id: l.id,
				inside: distanceJson(l.inside, BASIS_KM.lane)
			}))
		};
	});

	const exerciseFigures: AnalysisFile['exercises'] = exercises.map((x) => {
		const own = zones.filter((z) => z.properties.exercise === x.id);
		if (!x.zones_published || !ANALYSED.includes(x.id) || own.length === 0) {
			return {
				id: x.id,
				name: x.name,
				zones_published: false,
				note: x.zones_published
					? 'zones published but not analysed'
					: 'zone corners not published: no figures'
			};
		}
		const s = exerciseSummary(own, { coast, lanes, ports });
		const closest = s.closestApproach;
		if (!closest) fail(`${x.id}: no closest approach`);
		for (const p of s.portsWithZoneAcross) {
			if (APPROACH_KM - p.distance.km < BASIS_KM.port) {
				console.warn(`build-analysis: ${x.id}: ${p.id} is within the WPI basis of the 24-nm line`);
			}
		}
		return {
			id: x.id,
			name: x.name,
			zones_published: true,
			zone_ids: s.zoneIds,
			total_area: areaJson(s.totalArea),
			closest_approach: {
				zone: closest.zoneId,
				...distanceJson(closest.distance, BASIS_KM.coast),
				on_zone: pos(closest.onZone),
				on_coast: pos(closest.onCoast)
			},
			lanes: {
				box: s.lanes.box,
				box_km: fixed(s.lanes.boxKm, 1),
				inside_box_km: fixed(s.lanes.insideBoxKm, 1),
				share_percent: fixed(s.lanes.share * 100, 1),
				share_percent_rounded: Math.round(s.lanes.share * 100),
				inside_km: fixed(s.lanes.insideKm, 1),
				crossed: s.lanes.crossed
			},
			approach_radius_nm: APPROACH_NM,
			ports_with_zone_across: s.portsWithZoneAcross.map((p) => ({
				id: p.id,
				name: p.name,
				zone: p.zoneId,
				distance: distanceJson(p.distance, BASIS_KM.port)
			}))
		};
	});

	// Taiwan's territorial-sea baselines: the 12/24-nm lines (written into baselines.geojson) and
	// each zone's distance to the nearest baseline (the area it encloses, land and internal waters).
	const baselineFile = load('baselines.geojson').features;
	const baselines = baselineFile.filter((f) => f.properties.kind === 'baseline');
	if (baselines.length === 0) fail('baselines.geojson has no baseline');
	writeLimits(baselines, baselineFile);
	const enclosed: Polygon[] = baselines.map((b) => ({
		type: 'Polygon',
		coordinates: [b.geometry.coordinates as Position[]]
	}));
	const basePoints = baselineFile.filter((f) => f.properties.kind === 'base_point');
	const territorialZones = analysed.map((z) => {
		let best = Infinity;
		for (const area of enclosed) best = Math.min(best, nearestDistance(z, area).distance.km);
		const d = toDistance(best);
		return {
			zone: z.properties.id,
			to_baseline: distanceJson(d, BASIS_KM.baseline),
			inside_12nm: d.nm < 12,
			inside_24nm: d.nm < 24
		};
	});
	const basePointsInZones = analysed.flatMap((z) =>
		basePoints
			.filter((b) => b.geometry.type === 'Point' && pointInZone(b.geometry.coordinates, z))
			.map((b) => ({ base_point: b.properties.id, name: b.properties.name, zone: z.properties.id }))
	);
	const qixingyan = basePoints.find((b) => b.properties.id === 'basepoint-t15');
	if (!qixingyan || qixingyan.geometry.type !== 'Point')
		fail('baselines.geojson has no Qixingyan base point (basepoint-t15)');
	const qPoint = qixingyan.geometry.coordinates;
	const zone4 = analysed.find((z) => z.properties.id === 'jm2025-z4');
	if (!zone4) fail('drill-zones.geojson has no jm2025-z4');
	const qInside = pointInZone(qPoint, zone4);
	const qEdge = toDistance(nearestOnLines(qPoint, zone4.geometry.coordinates).km);

	const zone5 = analysed.find((z) => z.properties.id === 'jm2025-z5');
	if (!zone5) fail('drill-zones.geojson has no jm2025-z5');
	const corner = PRESS_ZONE5_CORNER.corner;
	const isCorner = zone5.geometry.coordinates[0]?.some(
		(p) =>
			Math.abs((p[0] ?? 0) - (corner[0] ?? 0)) < 1e-5 &&
			Math.abs((p[1] ?? 0) - (corner[1] ?? 0)) < 1e-5
	);
	if (!isCorner) fail('21°58′N 121°40′E is no longer a corner of jm2025-z5');
	const eluanbi = southernmost(coast);
	const cornerToEluanbi = toDistance(nearestOnLines(corner, [[eluanbi]]).km);
	const cornerToMain = nearestOnLines(corner, coast.coordinates);
	const cornerToLand = nearestLand(corner);
	const oursJson = distanceJson(cornerToEluanbi, BASIS_KM.coast);

	const epoch = process.env.SOURCE_DATE_EPOCH;
	const generated = (epoch ? new Date(Number(epoch) * 1000) : new Date())
		.toISOString()
		.slice(0, 10);

	const output: AnalysisFile = {
		generated,
		generator: 'scripts/build-analysis.ts',
		inputs: [
			'data/drill-zones.geojson',
			'data/places.geojson',
			'data/reference.geojson',
			'data/shipping-lanes.geojson',
			'data/exercises.json',
			'data/basemap/land.geojson',
			'data/baselines.geojson'
		],
		basis: [
			'coastline: OpenStreetMap-derived land (geo-maps countries-land-10m), simplified, about ±0.5 km',
			'zones: official corners (exact)',
			'lanes: Eurostat MARNET routing graph (approximate)',
			'ports: World Port Index, about 1 arc-minute'
		],
		definitions: {
			earth:
				'Distances and lengths on a sphere of radius 6371.0088 km (within 0.5% of the WGS84 geodesic); areas on the WGS84 ellipsoid.',
			edges:
				'Zone edges, lane segments and the median line are rhumb lines, straight on the Mercator map as the app and a chart draw them; edges are densified every 1 km for distances.',
			coast:
				'Taiwan main island only: the outer ring of the largest polygon named Taiwan in data/basemap/land.geojson (OpenStreetMap-derived). Penghu, Lanyu, Green Island, Kinmen and the other islands are not included.',
			coast_distance:
				'Minimum distance from the zone edge to the coastline, both ways (zone points to coast segments, coast vertices to zone edges); 0 where they meet.',
			median_line: `Side of the line 27N 122E to 23N 118E (only the endpoints are official), decided on the Mercator plane; east means Taiwan's side. east/west: the largest perpendicular distance of a zone vertex on that side. beyond_ends: some vertex lies beyond an end of the line, measured to the line extended straight. A great circle between the endpoints runs up to ${fixed(medianBasisKm, 1)} km from the drawn line, so these figures are rounded to that basis.`,
			lanes:
				'Length of each MARNET edge inside the zone, exact for any polygon (cut at the zone edges, pieces tested at their midpoints). The graph is generalised, so lengths are rounded to 5 km (2 nm) and describe the graph, not traffic.',
			lane_share:
				'Length of lane inside both the strait box and a zone of the exercise, divided by the length of all lanes clipped to the strait box.',
			strait_box:
				'[117.5, 21.8, 121.2, 26.0]: the Fujian-Guangdong coast at the south-western entrance; just south of Eluanbi (about 21.90N), so the Bashi Channel and Luzon Strait routes are out; on Taiwan main island, so routes east of Taiwan and the Keelung approaches are out; past the northern entrance (Pingtan to Fuguijiao, about 25.3-25.5N). A stated stand-in for the strait, not a legal or hydrographic limit.',
			ports_with_zone_across: `A port whose ${APPROACH_NM}-nm (${fixed(APPROACH_KM, 3)} km) circle, centred on its World Port Index position, intersects a zone of the exercise. Centred on the port, not on Taiwan's baselines: a way to compare exercises, not the legal contiguous zone.`,
			nearest_port: 'Port of places.geojson (kind port) nearest to the zone edge.',
			rounding:
				'Each figure is given as computed (km, nm to 0.01; km2, nm2 to 0.1) and rounded to what its basis supports (_rounded): coast distances to 1 km and 0.5 nm; port distances to 2 km and 2 nm; median-line reach to 2 km and 2 nm; lane lengths to 5 km and 2 nm; areas to 3 significant figures; lane shares to whole percent. The rounded figures are the ones to publish.'
		},
		strait_box: [...STRAIT_BOX],
		approach_radius_nm: APPROACH_NM,
		approach_radius_km: fixed(APPROACH_KM, 3),
		km_per_nm: KM_PER_NM,
		zones: zoneFigures,
		exercises: exerciseFigures,
		press_comparisons: [
			{
				id: 'jm2025-z5-corner-eluanbi',
				zone: 'jm2025-z5',
				place: 'Eluanbi, from the south-west corner of zone 5 (21°58′N 121°40′E)',
				press: {
					nm: PRESS_ZONE5_CORNER.nm,
					km: PRESS_ZONE5_CORNER.km,
					source: PRESS_ZONE5_CORNER.source
				},
				ours: {
					...oursJson,
					on_zone: pos(corner),
					on_coast: pos(eluanbi),
					method: `Great-circle distance from the published corner 21°58′N 121°40′E of zone 5 to the southernmost vertex of the ${COAST_SOURCE} main-island coastline, at the Eluanbi headland.`
				},
				difference_nm: fixed(PRESS_ZONE5_CORNER.nm - cornerToEluanbi.nm, 1),
				note: `ETtoday gives 16.7 km (about 9 nm) from this corner of zone 5 to Eluanbi; ours is ${oursJson.km_rounded} km (${oursJson.nm_rounded} nm). The corner is ${roundTo(toDistance(cornerToMain.km).km, BASIS_KM.coast)} km from the nearest point of the main-island coast and ${roundTo(cornerToLand.km, BASIS_KM.coast)} km from the nearest land on our basemap, at ${pos(cornerToLand.point).join(', ')} (near Lanyu). The press figure cannot be the distance to Eluanbi, which lies about 0.8° of longitude to the west. The figure was sometimes attributed to zone 4; zone 4's own distance to the main island is under zones. None of these figures is official.`
			}
		],
		territorial_sea: {
			baselines: baselines.map((b) => b.properties.id),
			note: "Taiwan's territorial-sea baselines (1999 announcement, revised 2009) for Taiwan with its nearby islands and for Dongsha, from a secondary conversion of the Ministry of the Interior's shapefile (data/baselines.geojson). A zone is inside the 12-nm (24-nm) line when it comes within 12 (24) nm of the area a baseline encloses, i.e. it crosses that line; 0 means it reaches the baseline itself. Kinmen and Matsu have no announced baseline. Reports that rockets fell between the 12-nm and 24-nm lines are Taiwan MND's wording (see the zone 3 impacts); no impact point was published, so none is tested here.",
			zones: territorialZones,
			base_points_in_zones: basePointsInZones,
			qixingyan: {
				base_point: qixingyan.properties.id,
				zone: 'jm2025-z4',
				inside: qInside,
				to_zone_edge: distanceJson(qEdge, BASIS_KM.baseline)
			}
		}
	};

	const checked = v.safeParse(AnalysisFileSchema, output);
	if (!checked.success) {
		fail(
			`output does not match AnalysisFileSchema:\n${checked.issues
				.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`)
				.join('\n')}`
		);
	}
	mkdirSync(dirname(OUT), { recursive: true });
	writeFileSync(OUT, `${JSON.stringify(output, null, '\t')}\n`);

	for (const x of exerciseFigures) {
		if (!x.zones_published) continue;
		const c = x.closest_approach;
		console.log(
			`${x.id}: ${x.total_area.km2_rounded} km² (${x.total_area.nm2_rounded} nm²); closest ${c.zone} ` +
				`${c.km_rounded} km (${c.nm_rounded} nm); lanes ${x.lanes.share_percent_rounded}% of the strait box; ` +
				`ports across approach: ${x.ports_with_zone_across.map((p) => p.id).join(', ') || 'none'}`
		);
	}
	console.log(
		`jm2025-z5 corner 21°58′N 121°40′E to Eluanbi: ours ${oursJson.nm_rounded} nm (${oursJson.km_rounded} km), press ${PRESS_ZONE5_CORNER.km} km; nearest land ${cornerToLand.km.toFixed(1)} km`
	);
	for (const t of territorialZones) {
		console.log(
			`${t.zone}: ${t.to_baseline.nm_rounded} nm from a baseline; inside 12 nm ${t.inside_12nm}, inside 24 nm ${t.inside_24nm}`
		);
	}
	console.log(
		`Qixingyan base point in jm2025-z4: ${qInside} (${qEdge.km.toFixed(2)} km from its nearest edge); base points in zones: ${basePointsInZones.map((b) => `${b.base_point} in ${b.zone}`).join(', ') || 'none'}`
	);
	console.log(`wrote ${OUT} and the 12/24-nm lines in data/baselines.geojson`);
}

main();
