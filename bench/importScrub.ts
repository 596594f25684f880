// A measuring page for imported points (not shipped): the bare basemap plus one imported
// dataset drawn by map/importLayers, so that chunk sizes can be compared by scrubbing. Driven by
// bench/measureImportScrub.mjs through `window.importScrub`.
import '../src/lib/map/worker';
import { Map as MlMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { INITIAL_BOUNDS } from '../src/lib/core/map/view';
import { basemapLayers } from '../src/lib/core/style/layers';
import { buildStyle } from '../src/lib/core/style/buildStyle';
import { STATE } from '../src/lib/core/style/timeExpressions';
import { DEFAULT_TIME } from '../src/lib/core/time/storyTime';
import { styleInputs } from '../src/lib/data/assetUrls';
import { buildChunks, importFile, previewFile } from '../src/lib/data/importClient';
import { deleteLayer, loadLayers, saveLayer } from '../src/lib/data/importStore';
import { applyImportTimes, drawImportLayer, syncImportLayers } from '../src/lib/map/importLayers';
import { Imports, type ImportedLayer } from '../src/lib/state/Imports.svelte';
import type { ImportFormat } from '../src/lib/core/import/types';
import { syntheticCsv } from './syntheticCsv.mjs';
import { mount } from 'svelte';
import ImportHarness from './ImportHarness.svelte';

const style = buildStyle(styleInputs(DEFAULT_TIME));
style.layers = basemapLayers();
const map = new MlMap({ container: 'map', style, bounds: INITIAL_BOUNDS });
const T0 = Date.parse('2025-11-06T00:00:00Z');
const T1 = Date.parse('2026-01-05T00:00:00Z');
const ready = new Promise<void>((r) => map.once('load', () => r()));
const settle = () =>
	new Promise<void>((r) => (map.loaded() && !map.isMoving() ? r() : map.once('idle', () => r())));
let layer: ImportedLayer | null = null;

async function load(rows: number): Promise<{ importMs: number }> {
	await ready;
	const csv = syntheticCsv(rows);
	const start = performance.now();
	const { result, chunks } = await importFile(csv, {
		format: 'csv',
		mapping: { lat: 'lat', lon: 'lon', time: 'time', end: null, category: 'category', name: null },
		timeZone: 'Asia/Taipei',
		keyPrefix: 'import-bench-t-'
	}).promise;
	layer = {
		id: 'import-bench',
		name: 'bench',
		format: 'csv',
		colour: '#0072b2',
		colourByCategory: true,
		visible: true,
		mapping: { lat: 'lat', lon: 'lon', time: 'time', end: null, category: 'category', name: null },
		timeZone: 'Asia/Taipei',
		points: result.points,
		shapes: [],
		errors: result.errors,
		errorCount: result.errorCount,
		total: result.total,
		importedAt: 0,
		chunks
	};
	return { importMs: performance.now() - start };
}

async function draw(size: number): Promise<{ chunks: number; drawMs: number }> {
	if (!layer) throw new Error('load first');
	const chunks = await buildChunks(layer.points, 'import-bench-t-', size).promise;
	layer = { ...layer, chunks };
	map.setGlobalStateProperty(STATE.t, T1);
	map.setGlobalStateProperty(STATE.windowMs, 0);
	const start = performance.now();
	drawImportLayer(map, layer.id, layer);
	await new Promise((r) => setTimeout(r, 50));
	await settle();
	return { chunks: chunks.length, drawMs: performance.now() - start };
}

async function scrub(n: number) {
	const toFrame: number[] = [];
	const toIdle: number[] = [];
	const repaint: number[] = [];
	const next = () => new Promise((r) => map.once('render', r));
	await settle();
	for (let i = 0; i < n; i++) {
		const t = T0 + ((i * 7919) % n) * ((T1 - T0) / n);
		let start = performance.now();
		const rendered = next();
		map.setGlobalStateProperty(STATE.t, t);
		applyImportTimes(map);
		await rendered;
		toFrame.push(performance.now() - start);
		await settle();
		toIdle.push(performance.now() - start);
		start = performance.now();
		const again = next();
		map.triggerRepaint();
		await again;
		repaint.push(performance.now() - start);
		await settle();
	}
	return { toFrame, toIdle, repaint };
}

// A stand-in for the app's console API until the lead wires it, so importBench.mjs can be run
// against this page: importData through the Imports state with the real worker and store.
const imports = new Imports({
	preview: previewFile,
	importFile,
	buildChunks,
	saveLayer,
	deleteLayer,
	loadLayers
});
map.once('load', () => {
	map.setGlobalStateProperty(STATE.t, T1);
	map.setGlobalStateProperty(STATE.windowMs, 0);
});
const straitAtlas = {
	map,
	async importData(data: Blob | string, options: { name?: string; format?: ImportFormat }) {
		const r = await imports.importData(data, options);
		syncImportLayers(map, imports.layers);
		return r;
	},
	setTime(iso: string) {
		map.setGlobalStateProperty(STATE.t, Date.parse(iso));
		applyImportTimes(map);
		return true;
	}
};
Object.assign(window, { importScrub: { load, draw, scrub }, straitAtlas });
if (new URLSearchParams(location.search).has('ui')) {
	map.once('load', () => {
		void imports.restore();
		mount(ImportHarness, { target: document.body, props: { imports, map } });
	});
}
