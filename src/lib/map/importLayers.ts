import type { FilterSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import { categoryColours } from '../core/import/importColours';
import {
	importColourExpression,
	importFilterExpression,
	importOpacityExpression
} from '../core/import/importExpressions';
import { LAYER } from '../core/style/ids';
import { STATE } from '../core/style/timeExpressions';
import type { ImportedLayer } from '../state/Imports.svelte';
import { ImportPointsLayer, prepareImportPoints, type ImportPointsLook } from './ImportPointsLayer';

/** What is on a map for one imported dataset: its source and shape layers, and its points. */
interface Drawn {
	layer: ImportedLayer;
	/** The line and polygon layers. */
	layers: string[];
	/** The points, drawn by the GPU (null for a dataset without points). */
	points: ImportPointsLayer | null;
}

const drawnOn = new WeakMap<MlMap, Map<string, Drawn>>();

function drawnMap(map: MlMap): Map<string, Drawn> {
	let m = drawnOn.get(map);
	if (!m) drawnOn.set(map, (m = new Map()));
	return m;
}

/** Whether a dataset is drawn a colour per category (asked for, and it has a category column). */
const byCategory = (layer: ImportedLayer) =>
	layer.colourByCategory && layer.mapping.category !== null;

function colour(layer: ImportedLayer) {
	return importColourExpression(
		layer.colour,
		byCategory(layer) ? categoryColours(layer.points.categories.length) : null
	);
}

function look(layer: ImportedLayer): ImportPointsLook {
	return {
		points: layer.points,
		buffers: layer.buffers,
		colour: layer.colour,
		colourByCategory: byCategory(layer),
		visible: layer.visible
	};
}

function shapeLayers(layer: ImportedLayer): LayerSpecification[] {
	const source = layer.id;
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

function remove(map: MlMap, id: string, d: Drawn): void {
	for (const l of d.layers) if (map.getLayer(l)) map.removeLayer(l);
	if (d.points && map.getLayer(d.points.id)) map.removeLayer(d.points.id);
	if (map.getSource(id)) map.removeSource(id);
}

function add(map: MlMap, layer: ImportedLayer, before: string | undefined, slice?: number): Drawn {
	const beforeId = before && map.getLayer(before) ? before : undefined;
	// The dataset's own source holds its lines and polygons (empty for points only), so every
	// dataset is a map source named by its id; its points are a GPU layer above them.
	map.addSource(layer.id, {
		type: 'geojson',
		data: { type: 'FeatureCollection', features: layer.shapes }
	});
	const d: Drawn = { layer, layers: [], points: null };
	if (layer.shapes.length) {
		for (const spec of shapeLayers(layer)) {
			map.addLayer(spec, beforeId);
			d.layers.push(spec.id);
		}
	}
	if (layer.buffers.count > 0) {
		d.points = new ImportPointsLayer(`${layer.id}-points`, look(layer), slice);
		map.addLayer(d.points, beforeId);
	}
	return d;
}

/**
 * Draws one imported dataset, or removes it when `layer` is null: a source named by its id for
 * its lines and polygons, and a GPU layer for its points (ImportPointsLayer). A new colour or
 * visibility only changes paint, layout and the points' look; new data replaces them. Layers go
 * below `before` (the annotations); the points go to the GPU `slice` at a time, a task each
 * (ImportPointsLayer's default when left out).
 */
export function drawImportLayer(
	map: MlMap,
	id: string,
	layer: ImportedLayer | null,
	before: string | undefined = LAYER.annotationFill,
	slice?: number
): void {
	const all = drawnMap(map);
	const d = all.get(id);
	if (d && layer && d.layer.buffers === layer.buffers && d.layer.shapes === layer.shapes) {
		if (d.layer === layer) return;
		const visibility = layer.visible ? 'visible' : 'none';
		const c = colour(layer);
		for (const l of d.layers) {
			map.setLayoutProperty(l, 'visibility', visibility);
			const type = map.getLayer(l)?.type;
			if (type === 'fill') map.setPaintProperty(l, 'fill-color', c);
			if (type === 'line') map.setPaintProperty(l, 'line-color', c);
		}
		d.points?.setLook(look(layer));
		d.layer = layer;
		return;
	}
	if (d) remove(map, id, d);
	all.delete(id);
	if (layer) all.set(id, add(map, layer, before, slice));
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
 * Draws the datasets on an export's hidden map, so its next `idle` is a frame with all of them
 * (their points uploaded whole, not a slice a task). Returns a function that removes them.
 */
export function drawImportLayersNow(map: MlMap, layers: readonly ImportedLayer[]): () => void {
	for (const l of layers) drawImportLayer(map, l.id, l, LAYER.annotationFill, Infinity);
	return () => {
		for (const l of layers) drawImportLayer(map, l.id, null);
	};
}

/**
 * Redraws the imported points after a change of the map's `t` or `windowMs` (their shaders read
 * it at each frame; nothing is laid out again).
 */
export function applyImportTimes(map: MlMap): void {
	for (const d of drawnMap(map).values()) {
		if (d.points) {
			map.triggerRepaint();
			return;
		}
	}
}

/** The imported line layers a pointer can pick, top-most first (points: pickImportPoint). */
export function importPickLayers(map: MlMap): string[] {
	return [...drawnMap(map).values()]
		.reverse()
		.flatMap((d) => d.layers.filter((l) => l.endsWith('-shapes-line')));
}

/**
 * The imported point drawn under a screen point, top-most dataset first: its dataset's id and
 * its index, or null.
 */
export function pickImportPoint(
	map: MlMap,
	point: { x: number; y: number }
): { source: string; id: number } | null {
	for (const [id, d] of [...drawnMap(map)].reverse()) {
		const index = d.points?.pick(map, point) ?? null;
		if (index !== null) return { source: id, id: index };
	}
	return null;
}

/** Shows the hovered imported point larger (null clears every dataset's hover). */
export function hoverImportPoint(map: MlMap, hit: { source: string; id: number } | null): void {
	for (const [id, d] of drawnMap(map)) d.points?.setHover(hit?.source === id ? hit.id : -1);
}

/** How long the map must have drawn nothing before the points program is asked about. */
const QUIET_MS = 1000;
/** The longest an animation frame may take to come for the page to count as quiet. */
const FRAME_DUE_MS = 50;

/**
 * Starts compiling the imported points' GPU program on the map's WebGL context (see
 * ImportPointsLayer's prepareImportPoints), and lets it be asked about only once the page is
 * quiet: the map has drawn nothing for QUIET_MS and an animation frame asked for since came
 * within FRAME_DUE_MS (under SwiftShader a busy GPU process holds the page's frames back, so a
 * map that draws nothing is not enough). Asked while the map drew (the first scrubs after the
 * page had loaded), the question waited ~1 s for SwiftShader to finish the link. Nothing on a
 * map without WebGL 2.
 */
export function preparePointsProgram(map: MlMap): void {
	const gl = map.getCanvas().getContext('webgl2');
	if (!gl) return;
	let drawn = performance.now();
	let frameAsked: number | null = null;
	let frameCame = false;
	const onRender = () => {
		drawn = performance.now();
		frameCame = false;
	};
	map.on('render', onRender);
	prepareImportPoints(gl, () => {
		const now = performance.now();
		if (map.isMoving() || now - drawn < QUIET_MS) return false;
		if (frameCame) {
			map.off('render', onRender);
			return true;
		}
		if (frameAsked === null) {
			const asked = (frameAsked = now);
			requestAnimationFrame(() => {
				frameCame = performance.now() - asked <= FRAME_DUE_MS && asked > drawn;
				frameAsked = null;
			});
		}
		return false;
	});
}
