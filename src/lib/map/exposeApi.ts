import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AnalysisFile } from '../core/analysis/analysisSchema';
import type { SnapshotOptions } from '../core/export/types';
import type { ImportFormat } from '../core/import/types';
import type { AppState } from '../state/AppState.svelte';
import type { ImportSummary } from '../state/Imports.svelte';
import type { ExportResult, Exporter } from './export/Exporter';
import type { MapController } from './MapController.svelte';

/** The scripting API on `window.straitAtlas`, documented in the README. */
export interface StraitAtlasApi {
	/** The MapLibre map, once its style has loaded (null before). */
	readonly map: MlMap | null;
	/** Sets the story time from an ISO 8601 string; false if the string cannot be read. */
	setTime(iso: string): boolean;
	/** The story time as an ISO 8601 string (UTC). */
	readonly time: string;
	/** Renders the map as a PNG (size, time, overlays all optional), leaving the live map alone. */
	exportSnapshot(options?: SnapshotOptions): Promise<Blob>;
	/**
	 * As exportSnapshot, with where things landed (output pixels): the overlays' boxes, the free
	 * area the frame was fitted into, the frame and each drill zone drawn.
	 */
	exportDetails(options?: SnapshotOptions): Promise<ExportResult>;
	/**
	 * Draws your own event set in place of the story's (a FeatureCollection of points whose
	 * properties have `id`, `ts` in epoch ms and `category`); the time filter, the event list and
	 * every export use it. `null` brings the story's events back.
	 */
	drawEvents(data: FeatureCollection | null): void;
	/** The build-time analysis figures (null if they could not be loaded). */
	readonly analysis: Promise<AnalysisFile | null>;
	/**
	 * Imports your own data (GeoJSON, CSV/TSV, KML, GPX) as a layer `import-…` on the timeline,
	 * kept across reloads; resolves to its id, the number of features and the rows that failed.
	 */
	importData(
		data: string | Blob,
		options?: { name?: string; format?: ImportFormat }
	): Promise<ImportSummary>;
}

declare global {
	interface Window {
		straitAtlas?: StraitAtlasApi;
	}
}

/**
 * Publishes `window.straitAtlas` for people scripting the map from the console. Every call goes
 * through app state, as the panel's controls do; only `map` hands out the MapLibre map itself.
 */
export function exposeApi(
	controller: MapController,
	app: AppState,
	exporter: () => Promise<Exporter>,
	analysis: Promise<AnalysisFile | null>
): StraitAtlasApi {
	const api: StraitAtlasApi = {
		get map() {
			return controller.map;
		},
		setTime(iso: string): boolean {
			const t = Date.parse(iso);
			if (Number.isNaN(t)) return false;
			app.timeline.pause();
			app.timeline.setTime(t);
			return true;
		},
		get time(): string {
			return new Date(app.timeline.t).toISOString();
		},
		exportSnapshot: async (options) => (await (await exporter()).snapshotFor(options)).blob,
		exportDetails: async (options) => (await exporter()).snapshotFor(options),
		drawEvents: (data) => app.drawEvents(data),
		async importData(data, options) {
			return (await app.useImports()).importData(data, options);
		},
		get analysis() {
			return analysis;
		}
	};
	window.straitAtlas = api;
	return api;
}
