import * as v from 'valibot';
import { BaselineFeatureSchema, baselineIssues, type BaselineFeature } from './baselinesSchema';
import { checkGeometry } from './checkGeometry';
import type { DataIssue, FieldIssue } from './dataIssue';
import { DATA_FILES, isDataFileName, type DataFileName } from './dataFiles';
import { stalePlannedReason } from './isPlanned';
import { isoLocalParts, parseDateOrTime, parseIsoDate, parseIsoTime } from './parseIsoTime';
import {
	DrillZoneFeatureSchema,
	EventFeatureSchema,
	ExerciseSchema,
	LaneFeatureSchema,
	PlaceFeatureSchema,
	ReferenceFeatureSchema,
	type DatasetByFile,
	type DrillZoneFeature,
	type EventFeature,
	type Exercise,
	type LaneFeature,
	type PlaceFeature,
	type ReferenceFeature,
	type TimePrecision
} from './schema';

export type { DataIssue } from './dataIssue';
export { formatIssue } from './formatIssue';

/** The outcome of validating one data file. */
export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: DataIssue[] };

const MAX_ISSUES = 500;
const MAX_MESSAGE = 300;
const MAX_ID = 120;

class Collector {
	readonly issues: DataIssue[] = [];
	readonly file: string;
	constructor(file: string) {
		this.file = file;
	}

	get full(): boolean {
		return this.issues.length >= MAX_ISSUES;
	}

	add(feature: string, field: string, message: string): void {
		if (this.issues.length > MAX_ISSUES) return;
		if (this.issues.length === MAX_ISSUES) {
			this.issues.push({
				file: this.file,
				feature: '',
				field: '',
				message: 'too many issues; stopped'
			});
			return;
		}
		const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
		this.issues.push({ file: this.file, feature, field, message: text });
	}

	addAll(feature: string, issues: FieldIssue[]): void {
		for (const i of issues) this.add(feature, i.field, i.message);
	}
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

function fieldOf(path: readonly { key: unknown }[] | undefined): string {
	let out = '';
	for (const item of path ?? []) {
		if (typeof item.key === 'number') out += `[${item.key}]`;
		else out += `${out ? '.' : ''}${String(item.key)}`;
	}
	return out;
}

function rawFeatureId(raw: unknown): string | undefined {
	if (!isRecord(raw) || !isRecord(raw.properties)) return undefined;
	const id = raw.properties.id;
	return typeof id === 'string' && id && id.length <= MAX_ID ? id : undefined;
}

function rawExerciseId(raw: unknown): string | undefined {
	if (!isRecord(raw)) return undefined;
	return typeof raw.id === 'string' && raw.id && raw.id.length <= MAX_ID ? raw.id : undefined;
}

/** A readable message for a valibot issue: "is required" and "unknown property" for key problems. */
function messageOf(issue: v.BaseIssue<unknown>): string {
	if (issue.message.startsWith('Invalid key:')) {
		if (issue.expected === 'never') return 'unknown property (check the spelling)';
		if (issue.received === 'undefined') return 'is required';
	}
	return issue.message;
}

/** Validates each item against its schema; returns the outputs (null where invalid) and labels. */
function validateItems<S extends v.GenericSchema>(
	c: Collector,
	list: readonly unknown[],
	schema: S,
	rawId: (raw: unknown) => string | undefined,
	idField: string
): { label: string; value: v.InferOutput<S> | null }[] {
	const out: { label: string; value: v.InferOutput<S> | null }[] = [];
	const seen = new Map<string, number>();
	for (let i = 0; i < list.length && !c.full; i++) {
		const raw = list[i];
		const id = rawId(raw);
		const label = id ?? `#${i}`;
		if (id !== undefined) {
			const first = seen.get(id);
			if (first !== undefined)
				c.add(label, idField, `duplicate id "${id}" (first used by #${first})`);
			else seen.set(id, i);
		}
		const result = v.safeParse(schema, raw);
		if (result.success) {
			out.push({ label, value: result.output });
		} else {
			for (const issue of result.issues) c.add(label, fieldOf(issue.path), messageOf(issue));
			out.push({ label, value: null });
		}
	}
	return out;
}

function featureList(c: Collector, json: unknown): unknown[] | null {
	if (!isRecord(json)) {
		c.add('', '', 'expected a GeoJSON FeatureCollection object');
		return null;
	}
	if (json.type !== 'FeatureCollection') c.add('', 'type', 'expected "FeatureCollection"');
	if (!Array.isArray(json.features)) {
		c.add('', 'features', 'expected an array of features');
		return null;
	}
	return json.features;
}

const nameOf = (json: unknown): { name?: string } =>
	isRecord(json) && typeof json.name === 'string' ? { name: json.name } : {};

function precisionIssues(
	time: string,
	precision: TimePrecision,
	field: string,
	what: string
): FieldIssue[] {
	const p = isoLocalParts(time);
	if (!p) return [];
	const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
	if (precision === 'month' && (p.day !== 1 || !midnight)) {
		return [
			{
				field,
				message: `${what} is "month" but the time is not the 1st of the month at 00:00 local`
			}
		];
	}
	if (precision === 'day' && !midnight) {
		return [{ field, message: `${what} is "day" but the time is not 00:00 local` }];
	}
	if (precision === 'hour' && (p.minute !== 0 || p.second !== 0)) {
		return [{ field, message: `${what} is "hour" but the time has minutes or seconds` }];
	}
	return [];
}

function after(later: string, earlier: string): boolean {
	const a = parseIsoTime(later);
	const b = parseIsoTime(earlier);
	return a !== null && b !== null && a > b;
}

function validFeatures<T>(
	items: { label: string; value: T | null }[]
): { label: string; value: T }[] {
	return items.filter((i): i is { label: string; value: T } => i.value !== null);
}

// ---------------------------------------------------------------- per file

function zoneIssues(f: DrillZoneFeature): FieldIssue[] {
	const p = f.properties;
	const out = checkGeometry(f.geometry);
	const expectedId = `${p.exercise}-z${p.zone}`;
	if (p.id !== expectedId) {
		out.push({
			field: 'properties.id',
			message: `expected id "${expectedId}" (<exercise>-z<zone>)`
		});
	}
	if (!after(p.end, p.start))
		out.push({ field: 'properties.end', message: 'end is not after start' });
	if (!after(p.end, p.announced)) {
		out.push({ field: 'properties.end', message: 'end is not after announced' });
	}
	const s = parseIsoTime(p.start);
	const a = parseIsoTime(p.announced);
	if (s !== null && a !== null && s < a) {
		out.push({ field: 'properties.start', message: 'start is before announced' });
	}
	out.push(
		...precisionIssues(
			p.announced,
			p.announced_precision,
			'properties.announced',
			'announced_precision'
		)
	);
	return out;
}

function validateZones(c: Collector, json: unknown): DatasetByFile['drill-zones.geojson'] | null {
	const list = featureList(c, json);
	if (!list) return null;
	const items = validateItems(c, list, DrillZoneFeatureSchema, rawFeatureId, 'properties.id');
	const ok = validFeatures(items);
	for (const { label, value } of ok) c.addAll(label, zoneIssues(value));
	return { type: 'FeatureCollection', ...nameOf(json), features: ok.map((i) => i.value) };
}

function eventIssues(f: EventFeature): FieldIssue[] {
	const p = f.properties;
	const out = checkGeometry(f.geometry);
	out.push(...precisionIssues(p.time, p.time_precision, 'properties.time', 'time_precision'));
	if (p.end !== undefined) {
		if (!after(p.end, p.time))
			out.push({ field: 'properties.end', message: 'end is not after time' });
		out.push(...precisionIssues(p.end, p.time_precision, 'properties.end', 'time_precision'));
	}
	return out;
}

/** The events file's `as_of` date, or null (reported) when it is missing or not a date. */
function asOfOf(c: Collector, json: unknown): string | null {
	const asOf = isRecord(json) ? json.as_of : undefined;
	if (asOf === undefined) {
		c.add('', 'as_of', 'is required: the date up to which the record was checked (YYYY-MM-DD)');
		return null;
	}
	if (parseIsoDate(asOf) === null) {
		c.add('', 'as_of', 'not a valid date (expected YYYY-MM-DD)');
		return null;
	}
	return asOf as string;
}

function validateEvents(c: Collector, json: unknown): DatasetByFile['events.geojson'] | null {
	const list = featureList(c, json);
	if (!list) return null;
	const asOf = asOfOf(c, json);
	const items = validateItems(c, list, EventFeatureSchema, rawFeatureId, 'properties.id');
	const ok = validFeatures(items);
	let previous = -Infinity;
	for (const { label, value } of ok) {
		c.addAll(label, eventIssues(value));
		const stale = asOf === null ? null : stalePlannedReason(value.properties, asOf);
		if (stale) c.add(label, 'properties.time', stale);
		const ts = parseIsoTime(value.properties.time);
		if (ts !== null) {
			if (ts < previous) c.add(label, 'properties.time', 'features are not sorted by time');
			previous = Math.max(previous, ts);
		}
	}
	if (asOf === null) return null;
	return {
		type: 'FeatureCollection',
		...nameOf(json),
		as_of: asOf,
		features: ok.map((i) => i.value)
	};
}

function validatePlaces(c: Collector, json: unknown): DatasetByFile['places.geojson'] | null {
	const list = featureList(c, json);
	if (!list) return null;
	const items = validateItems(c, list, PlaceFeatureSchema, rawFeatureId, 'properties.id');
	const ok = validFeatures<PlaceFeature>(items);
	for (const { label, value } of ok) c.addAll(label, checkGeometry(value.geometry));
	return { type: 'FeatureCollection', ...nameOf(json), features: ok.map((i) => i.value) };
}

const REFERENCE_GEOMETRY = {
	median_line: 'LineString',
	median_line_variant: 'LineString',
	adiz: 'Polygon'
} as const;

function validateReference(c: Collector, json: unknown): DatasetByFile['reference.geojson'] | null {
	const list = featureList(c, json);
	if (!list) return null;
	const items = validateItems(c, list, ReferenceFeatureSchema, rawFeatureId, 'properties.id');
	const ok = validFeatures<ReferenceFeature>(items);
	for (const { label, value } of ok) {
		c.addAll(label, checkGeometry(value.geometry));
		const want = REFERENCE_GEOMETRY[value.properties.kind];
		if (value.geometry.type !== want) {
			c.add(label, 'geometry.type', `a ${value.properties.kind} must be a ${want}`);
		}
	}
	return { type: 'FeatureCollection', ...nameOf(json), features: ok.map((i) => i.value) };
}

function validateLanes(
	c: Collector,
	json: unknown
): DatasetByFile['shipping-lanes.geojson'] | null {
	const list = featureList(c, json);
	if (!list) return null;
	const items = validateItems(c, list, LaneFeatureSchema, rawFeatureId, 'properties.id');
	const ok = validFeatures<LaneFeature>(items);
	for (const { label, value } of ok) c.addAll(label, checkGeometry(value.geometry));
	return { type: 'FeatureCollection', ...nameOf(json), features: ok.map((i) => i.value) };
}

function validateBaselines(c: Collector, json: unknown): DatasetByFile['baselines.geojson'] | null {
	const list = featureList(c, json);
	if (!list) return null;
	const items = validateItems(c, list, BaselineFeatureSchema, rawFeatureId, 'properties.id');
	const ok = validFeatures<BaselineFeature>(items);
	const baselineIds = new Set(
		ok.filter((i) => i.value.properties.kind === 'baseline').map((i) => i.value.properties.id)
	);
	for (const { label, value } of ok) {
		c.addAll(label, checkGeometry(value.geometry));
		c.addAll(label, baselineIssues(value, baselineIds));
	}
	return { type: 'FeatureCollection', ...nameOf(json), features: ok.map((i) => i.value) };
}

function exerciseIssues(e: Exercise): FieldIssue[] {
	const start = parseDateOrTime(e.start);
	const end = parseDateOrTime(e.end);
	if (start === null || end === null) return [];
	const bothTimes = parseIsoTime(e.start) !== null && parseIsoTime(e.end) !== null;
	if (bothTimes ? end <= start : end < start)
		return [{ field: 'end', message: 'end is before start' }];
	return [];
}

function validateExercises(c: Collector, json: unknown): DatasetByFile['exercises.json'] | null {
	if (!isRecord(json)) {
		c.add('', '', 'expected an object with an "exercises" array');
		return null;
	}
	if (!Array.isArray(json.exercises)) {
		c.add('', 'exercises', 'expected an array of exercises');
		return null;
	}
	const items = validateItems(c, json.exercises, ExerciseSchema, rawExerciseId, 'id');
	const ok = validFeatures<Exercise>(items);
	for (const { label, value } of ok) c.addAll(label, exerciseIssues(value));
	return { exercises: ok.map((i) => i.value) };
}

const VALIDATORS: {
	[F in DataFileName]: (c: Collector, json: unknown) => DatasetByFile[F] | null;
} = {
	'baselines.geojson': validateBaselines,
	'drill-zones.geojson': validateZones,
	'events.geojson': validateEvents,
	'exercises.json': validateExercises,
	'places.geojson': validatePlaces,
	'reference.geojson': validateReference,
	'shipping-lanes.geojson': validateLanes
};

/**
 * Validates the parsed JSON of one data file, chosen by its basename (e.g. "events.geojson"):
 * shape, coordinate ranges and order, ring closure and winding, unique ids, times with offsets,
 * end after start, sources with http(s) URLs and no HTML in text. Never throws.
 */
export function validateDataset<F extends DataFileName>(
	file: F,
	json: unknown
): ValidationResult<DatasetByFile[F]>;
/** Validates the parsed JSON of a data file given by any basename; unknown names are an error. */
export function validateDataset(
	file: string,
	json: unknown
): ValidationResult<DatasetByFile[DataFileName]>;
export function validateDataset(
	file: string,
	json: unknown
): ValidationResult<DatasetByFile[DataFileName]> {
	const name = typeof file === 'string' ? file : '(not a file name)';
	const c = new Collector(name);
	try {
		if (!isDataFileName(name)) {
			c.add('', '', `unknown data file (expected one of: ${DATA_FILES.join(', ')})`);
			return { ok: false, errors: c.issues };
		}
		const data = VALIDATORS[name](c, json);
		if (data === null || c.issues.length > 0) return { ok: false, errors: c.issues };
		return { ok: true, data };
	} catch (error) {
		let reason = 'unknown error';
		try {
			if (error instanceof Error) reason = String(error.message);
		} catch {
			// keep the generic reason
		}
		c.add('', '', `could not validate: ${reason}`);
		return { ok: false, errors: c.issues };
	}
}
