import type { FeatureCollection } from 'geojson';
import { crossCheck, type DatasetMap } from '../core/data/crossCheck';
import type { DataFileName } from '../core/data/dataFiles';
import { formatIssue } from '../core/data/formatIssue';
import { normalizeEvents } from '../core/data/normalizeEvents';
import { normalizeZones } from '../core/data/normalizeZones';
import { validateDataset } from '../core/data/validateDataset';
import type { DatasetName, LoadIssue, LoadResult } from '../core/data/loadResult';

/** One data file as fetched: its parsed JSON, or why it could not be read. */
export type ReadFile = { file: DataFileName } & ({ json: unknown } | { error: string });

const SHOWN_PER_FILE = 3;

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
 * Validates the fetched data files with the one schema, checks them against each other and
 * normalises them into the collections the app draws. A file that could not be read or does
 * not validate is left out and reported, naming the file and the feature; the others load.
 */
export function validateDatasets(files: readonly ReadFile[]): LoadResult {
	const valid: DatasetMap = {};
	const issues: LoadIssue[] = [];
	for (const read of files) {
		const { file } = read;
		if ('error' in read) {
			issues.push({
				file,
				message: `could not be read (${read.error}). This layer is not shown.`
			});
			continue;
		}
		const result = validateDataset(file, read.json);
		if (result.ok) (valid as Record<string, unknown>)[file] = result.data;
		else
			issues.push(...shown(file, [...result.errors.map(formatIssue), 'This layer is not shown.']));
	}
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
