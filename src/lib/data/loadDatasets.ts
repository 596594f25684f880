import baselinesUrl from '../../../data/baselines.geojson?url';
import drillZonesUrl from '../../../data/drill-zones.geojson?url';
import eventsUrl from '../../../data/events.geojson?url';
import exercisesUrl from '../../../data/exercises.json?url';
import placesUrl from '../../../data/places.geojson?url';
import referenceUrl from '../../../data/reference.geojson?url';
import lanesUrl from '../../../data/shipping-lanes.geojson?url';
import { DATA_FILES, type DataFileName } from '../core/data/dataFiles';
import type { LoadResult } from '../core/data/loadResult';
import type { ReadFile } from './validateDatasets';

/** The only place that names the data files' URLs (Vite hashes and emits them). */
export const DATA_URLS: Record<DataFileName, string> = {
	'baselines.geojson': baselinesUrl,
	'drill-zones.geojson': drillZonesUrl,
	'events.geojson': eventsUrl,
	'exercises.json': exercisesUrl,
	'places.geojson': placesUrl,
	'reference.geojson': referenceUrl,
	'shipping-lanes.geojson': lanesUrl
};

/** Context key under which main.ts hands the app the `loadDatasets()` it started before mounting. */
export const DATA_LOADING = Symbol('data loading');

async function readJson(url: string): Promise<unknown> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`HTTP ${res.status}`);
	return res.json();
}

/**
 * Fetches every data file and validates it with the one schema (validateDatasets). A file that
 * cannot be read or does not validate is left off the map and reported; every other file still
 * loads. The validation code (the schema and valibot, a seventh of the startup script) loads
 * while the files download, so it never delays the page's first script and the map's start.
 */
export async function loadDatasets(): Promise<LoadResult> {
	const validating = import('./validateDatasets');
	const files = await Promise.all(
		DATA_FILES.map(async (file): Promise<ReadFile> => {
			try {
				return { file, json: await readJson(DATA_URLS[file]) };
			} catch (e) {
				return { file, error: e instanceof Error ? e.message : String(e) };
			}
		})
	);
	return (await validating).validateDatasets(files);
}
