import type {
	CircleLayerSpecification,
	FilterSpecification,
	GeoJSONSource,
	LayerSpecification,
	Map as MlMap
} from 'maplibre-gl';
import { importChunkTimes } from '../core/import/importChunks';
import { categoryColours } from '../core/import/importColours';
import {
	importColourExpression,
	importFilterExpression,
	importOpacityExpression
} from '../core/import/importExpressions';
import { LAYER } from '../core/style/ids';
import { STATE } from '../core/style/timeExpressions';
import type { ImportedLayer } from '../state/Imports.svelte';

/** What is on a map for one imported dataset: its sources, layers and Blob URLs. */
interface Drawn {
	layer: ImportedLayer;
	sources: string[];
	layers: string[];
	/** The point circles, which hover and click pick. */
	circles: string[];
	urls: string[];
	/** The animation frame that will add the next batch of chunks, while some are still to add. */
	frame: number | null;
}

/**
 * Chunk sources added per animation frame. Adding a source and its layer costs the main thread a
 * few milliseconds (style validation, worker messages); a million points are 200 chunks, so they
 * are added over several frames and no single task blocks the page.
 */
export const CHUNKS_PER_FRAME = 8;

const drawnOn = new WeakMap<MlMap, Map<string, Drawn>>();

function drawnMap(map: MlMap): Map<string, Drawn> {
	let m = drawnOn.get(map);
	if (!m) drawnOn.set(map, (m = new Map()));
	return m;
}

/** The id of the source drawing chunk n of a dataset: the first is the dataset's own id. */
export const chunkSourceId = (id: string, n: number) => (n === 0 ? id : `${id}-${n}`);

const FULL = 0.85;
const FADED = 0.35;

function colour(layer: ImportedLayer) {
	const byCategory = layer.colourByCategory && layer.mapping.category !== null;
	return importColourExpression(
		layer.colour,
		byCategory ? categoryColours(layer.points.categories.length) : null
	);
}

function circleLayer(
	layer: ImportedLayer,
	n: number,
	key: string | null
): CircleLayerSpecification {
	const source = chunkSourceId(layer.id, n);
	return {
		id: `${layer.id}-points-${n}`,
		type: 'circle',
		source,
		...(key ? { filter: importFilterExpression(key) as FilterSpecification } : {}),
		layout: { visibility: layer.visible ? 'visible' : 'none' },
		paint: {
			'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 2, 9, 4.5],
			'circle-color': colour(layer),
			'circle-opacity': key ? importOpacityExpression(key, FULL, FADED) : FULL,
			'circle-stroke-color': '#ffffff',
			'circle-stroke-width': 0.5
		}
	};
}

function shapeLayers(layer: ImportedLayer): LayerSpecification[] {
	const source = `${layer.id}-shapes`;
	const filter = importFilterExpression(STATE.t, 'start_ts', 'end_ts') as FilterSpecification;
	const opacity = importOpacityExpression(STATE.t, 1, 0.45, 'start_ts', 'end_ts');
	const visibility = layer.visible ? 'visible' : 'none';
	return [
		{
			id: `${layer.id}-shapes-fill`,
			type: 'fill',
			source,
			filter: ['all', filter, ['==', ['geometry-type'], 'Polygon']] as FilterSpecification,
			layout: { visibility },
			paint: { 'fill-color': colour(layer), 'fill-opacity': ['*', 0.2, opacity] }
		},
		{
			id: `${layer.id}-shapes-line`,
			type: 'line',
			source,
			filter,
			layout: { visibility },
			paint: { 'line-color': colour(layer), 'line-width': 2, 'line-opacity': opacity }
		}
	];
}

function remove(map: MlMap, d: Drawn): void {
	if (d.frame !== null) cancelAnimationFrame(d.frame);
	for (const id of d.layers) if (map.getLayer(id)) map.removeLayer(id);
	for (const id of d.sources) if (map.getSource(id)) map.removeSource(id);
	for (const url of d.urls) URL.revokeObjectURL(url);
}

function add(
	map: MlMap,
	layer: ImportedLayer,
	before: string | undefined,
	perFrame = CHUNKS_PER_FRAME
): Drawn {
	const d: Drawn = { layer, sources: [], layers: [], circles: [], urls: [], frame: null };
	if (layer.shapes.length) {
		const beforeId = before && map.getLayer(before) ? before : undefined;
		const source = `${layer.id}-shapes`;
		map.addSource(source, {
			type: 'geojson',
			data: { type: 'FeatureCollection', features: layer.shapes }
		});
		d.sources.push(source);
		for (const spec of shapeLayers(layer)) {
			map.addLayer(spec, beforeId);
			d.layers.push(spec.id);
		}
	}
	const addChunks = (from: number) => {
		d.frame = null;
		const to = Math.min(from + perFrame, layer.chunks.length);
		const beforeId = before && map.getLayer(before) ? before : undefined;
		for (let n = from; n < to; n++) {
			const url = URL.createObjectURL(layer.chunks[n]!.blob);
			const source = chunkSourceId(layer.id, n);
			map.addSource(source, { type: 'geojson', data: url, buffer: 32 });
			// Drawn with the dataset's current colour and visibility (it may change meanwhile).
			const spec = circleLayer(d.layer, n, layer.chunks[n]!.key);
			map.addLayer(spec, beforeId);
			d.urls.push(url);
			d.sources.push(source);
			d.layers.push(spec.id);
			d.circles.push(spec.id);
		}
		if (to < layer.chunks.length) d.frame = requestAnimationFrame(() => addChunks(to));
	};
	addChunks(0);
	return d;
}

/**
 * Draws one imported dataset, or removes it when `layer` is null: its time-sorted chunk sources
 * (`import-…`, `import-…-1`, …, each loading its GeoJSON Blob in MapLibre's worker) and a source
 * for its lines and polygons (`import-…-shapes`). A new colour or visibility only changes paint
 * and layout; new data replaces the sources. Layers go below `before` (the annotations).
 */
export function drawImportLayer(
	map: MlMap,
	id: string,
	layer: ImportedLayer | null,
	before: string | undefined = LAYER.annotationFill,
	perFrame = CHUNKS_PER_FRAME
): void {
	const all = drawnMap(map);
	const d = all.get(id);
	if (d && layer && d.layer.chunks === layer.chunks && d.layer.shapes === layer.shapes) {
		if (d.layer === layer) return;
		const visibility = layer.visible ? 'visible' : 'none';
		const c = colour(layer);
		for (const l of d.layers) {
			map.setLayoutProperty(l, 'visibility', visibility);
			const type = map.getLayer(l)?.type;
			if (type === 'circle') map.setPaintProperty(l, 'circle-color', c);
			if (type === 'fill') map.setPaintProperty(l, 'fill-color', c);
			if (type === 'line') map.setPaintProperty(l, 'line-color', c);
		}
		d.layer = layer;
		return;
	}
	if (d) remove(map, d);
	all.delete(id);
	if (layer) {
		// The chunk keys get their values before any layer reads them, so that no source loads
		// once with an unset time and then again when it is set.
		setChunkTimes(map, layer);
		all.set(id, add(map, layer, before, perFrame));
	}
}

/**
 * Draws exactly these datasets: adds or updates each, removes those no longer listed. The
 * binder calls it whenever `imports.layers` changes.
 */
export function syncImportLayers(map: MlMap, layers: readonly ImportedLayer[]): void {
	const ids = layers.map((l) => l.id);
	for (const id of [...drawnMap(map).keys()]) if (!ids.includes(id)) drawImportLayer(map, id, null);
	for (const l of layers) drawImportLayer(map, l.id, l);
}

/**
 * Draws the datasets on an export's hidden map, every chunk at once (no page to keep
 * responsive there), so its next `idle` is a frame with all of them. Returns a function that
 * revokes their Blob URLs.
 */
export function drawImportLayersNow(map: MlMap, layers: readonly ImportedLayer[]): () => void {
	for (const l of layers) drawImportLayer(map, l.id, l, LAYER.annotationFill, Infinity);
	return () => {
		for (const l of layers) drawImportLayer(map, l.id, null);
	};
}

/**
 * Gives each imported chunk its time from the map's current `t` and `windowMs` (see
 * importChunkTimes); call after every change of those. MapLibre ignores unchanged values.
 */
export function applyImportTimes(map: MlMap): void {
	for (const d of drawnMap(map).values()) setChunkTimes(map, d.layer);
}

function setChunkTimes(map: MlMap, layer: ImportedLayer): void {
	const state = map.getGlobalState();
	const t = Number(state[STATE.t]);
	const windowMs = Number(state[STATE.windowMs] ?? 0);
	if (!Number.isFinite(t)) return;
	const times = importChunkTimes(layer.chunks, t, windowMs);
	for (const [key, value] of Object.entries(times)) map.setGlobalStateProperty(key, value);
}

/** The imported point and line layers a pointer can pick, top-most first. */
export function importPickLayers(map: MlMap): string[] {
	return [...drawnMap(map).values()]
		.reverse()
		.flatMap((d) => [...d.circles, ...d.layers.filter((l) => l.endsWith('-shapes-line'))]);
}

/** The imported dataset id a rendered feature's layer belongs to, e.g. "import-ab12cd34ef". */
export function importIdOfLayer(layerId: string): string | null {
	return /^(import-[a-z0-9]+)-/.exec(layerId)?.[1] ?? null;
}

/** Whether a GeoJSON source is an imported one (its id starts with "import-"). */
export function isImportSource(source: GeoJSONSource | string): boolean {
	return (typeof source === 'string' ? source : source.id).startsWith('import-');
}
