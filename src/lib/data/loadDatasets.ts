import baselinesUrl from '../../../data/baselines.geojson?url';
import drillZonesUrl from '../../../data/drill-zones.geojson?url';
import eventsUrl from '../../../data/events.geojson?url';
import exercisesUrl from '../../../data/exercises.json?url';
import placesUrl from '../../../data/places.geojson?url';
import referenceUrl from '../../../data/reference.geojson?url';
import lanesUrl from '../../../data/shipping-lanes.geojson?url';
import type { FeatureCollection } from 'geojson';
import { crossCheck, type DatasetMap } from '../core/data/crossCheck';
import { DATA_FILES, type DataFileName } from '../core/data/dataFiles';
import { formatIssue } from '../core/data/formatIssue';
import { normalizeEvents } from '../core/data/normalizeEvents';
import { normalizeZones } from '../core/data/normalizeZones';
import { validateDataset } from '../core/data/validateDataset';
import type { DatasetName, LoadIssue, LoadResult } from '../core/data/loadResult';

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

const SHOWN_PER_FILE = 3;

/** Context key under which main.ts hands the app the `loadDatasets()` it started before mounting. */
export const DATA_LOADING = Symbol('data loading');

async function readJson(url: string): Promise<unknown> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`HTTP ${res.status}`);
	return res.json();
}

/** The messages shown for one file's issues: the first few, then a count of the rest. */
function shown(file: string, messages: string[]): LoadIssue[] {
	const out = messages.slice(0, SHOWN_PER_FILE).map((message) => ({ file, message }));
	if (messages.length > SHOWN_PER_FILE) {
		out.push({
			file,
			message: `…and ${messages.length - SHOWN_PER_FILE} more problems in this file.`
		});
	}
	return out;
}

/**
 * Fetches and validates every data file with the one schema. A file that cannot be read or does
 * not validate is left off the map and reported; every other file still loads.
 */
export async function loadDatasets(): Promise<LoadResult> {
	const valid: DatasetMap = {};
	const issues: LoadIssue[] = [];
	await Promise.all(
		DATA_FILES.map(async (file) => {
			let json: unknown;
			try {
				json = await readJson(DATA_URLS[file]);
			} catch (e) {
				issues.push({
					file,
					message: `could not be read (${e instanceof Error ? e.message : e}). This layer is not shown.`
				});
				return;
			}
			const result = validateDataset(file, json);
			if (result.ok) (valid as Record<string, unknown>)[file] = result.data;
			else
				issues.push(
					...shown(file, [...result.errors.map(formatIssue), 'This layer is not shown.'])
				);
		})
	);
	for (const issue of crossCheck(valid))
		issues.push({ file: issue.file, message: formatIssue(issue) });
	const collections: Partial<Record<DatasetName, FeatureCollection>> = {};
	const zones = valid['drill-zones.geojson'];
	const events = valid['events.geojson'];
	if (zones) collections['drill-zones'] = normalizeZones(zones) as FeatureCollection;
	if (events) collections.events = normalizeEvents(events) as FeatureCollection;
	if (valid['places.geojson']) collections.places = valid['places.geojson'] as FeatureCollection;
	// Taiwan's baselines and the 12/24-nm lines are reference lines: drawn by the reference layers.
	const maritime = (valid['baselines.geojson']?.features ?? []).filter(
		(f) => f.geometry.type === 'LineString'
	);
	if (valid['reference.geojson'] || maritime.length > 0) {
		collections.reference = {
			type: 'FeatureCollection',
			features: [...(valid['reference.geojson']?.features ?? []), ...maritime]
		} as FeatureCollection;
	}
	if (valid['shipping-lanes.geojson'])
		collections['shipping-lanes'] = valid['shipping-lanes.geojson'] as FeatureCollection;
	return { collections, exercises: valid['exercises.json'] ?? null, issues };
}
