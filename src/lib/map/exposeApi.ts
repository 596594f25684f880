import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AnalysisFile } from '../core/analysis/analysisSchema';
import type { SnapshotOptions } from '../core/export/types';
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
	 * Draws your own event set in place of the story's (a FeatureCollection of points whose
	 * properties have `id`, `ts` in epoch ms and `category`); the time filter applies to it.
	 * `null` brings the story's events back. The event list keeps the story.
	 */
	drawEvents(data: FeatureCollection | null): void;
	/** The build-time analysis figures (null if they could not be loaded). */
	readonly analysis: Promise<AnalysisFile | null>;
}

declare global {
	interface Window {
		straitAtlas?: StraitAtlasApi;
	}
}

/** Publishes `window.straitAtlas` for people scripting the map from the console. */
export function exposeApi(
	controller: MapController,
	extra: Omit<StraitAtlasApi, 'map'>
): StraitAtlasApi {
	const api = Object.defineProperties({} as StraitAtlasApi, {
		map: { get: () => controller.map, enumerable: true },
		...Object.getOwnPropertyDescriptors(extra)
	});
	window.straitAtlas = api;
	return api;
}
