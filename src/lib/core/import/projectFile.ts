import * as v from 'valibot';
import type { Feature } from 'geojson';
import type { ImportedDataset } from './ImportedDataset';
import { COLUMN_ROLES, ROW_ERROR_CODES, type RowError } from './types';
import { upgradeRowError } from './upgradeRowError';

/** What a project file holds: the view as the app describes it, and the imported datasets. */
export interface Project {
	view: Record<string, unknown>;
	imports: ImportedDataset[];
}

const FORMAT = 'strait-atlas-project';
const VERSION = 1;

type NumberArray = Float64Array | Int32Array;

/** A typed array's bytes as base64 (little-endian, as every browser stores them). */
export function toBase64(a: NumberArray): string {
	const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

function fromBase64<T extends NumberArray>(text: string, make: (b: ArrayBuffer) => T): T {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return make(bytes.buffer);
}

const Base64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'));
const Text = v.pipe(v.string(), v.maxLength(1000));
const Column = v.nullable(v.pipe(v.string(), v.maxLength(200)));

const PlaceSchema = v.variant('kind', [
	v.object({
		kind: v.picklist(['row', 'line', 'feature', 'placemark']),
		n: v.pipe(v.number(), v.integer(), v.minValue(0))
	}),
	v.object({ kind: v.literal('file') })
]);

/** A row error as saved since errors became data: where, a code and the values it quotes. */
const RowErrorSchema = v.object({
	where: PlaceSchema,
	column: v.optional(Text),
	axis: v.optional(v.picklist(['lat', 'lon'])),
	code: v.picklist(ROW_ERROR_CODES),
	params: v.record(v.string(), v.union([v.string(), v.number()]))
});

/** A row error as project files saved it before errors became data (see upgradeRowError). */
const LegacyRowErrorSchema = v.pipe(
	v.object({ where: v.string(), column: v.optional(v.string()), message: v.string() }),
	v.transform((old): RowError => upgradeRowError(old))
);

const DatasetSchema = v.object({
	id: v.pipe(
		v.string(),
		v.regex(/^import-[a-z0-9]{1,40}$/, 'must be "import-" and letters or digits')
	),
	name: Text,
	format: v.picklist(['csv', 'tsv', 'geojson', 'ndjson', 'kml', 'gpx']),
	colour: v.pipe(v.string(), v.hexColor('must be a colour like #0072b2')),
	colourByCategory: v.boolean(),
	visible: v.boolean(),
	mapping: v.object(
		Object.fromEntries(COLUMN_ROLES.map((r) => [r, Column])) as Record<
			(typeof COLUMN_ROLES)[number],
			typeof Column
		>
	),
	timeZone: v.pipe(v.string(), v.maxLength(60)),
	points: v.object({
		count: v.pipe(v.number(), v.integer(), v.minValue(0)),
		lon: Base64,
		lat: Base64,
		start: Base64,
		end: Base64,
		category: Base64,
		categories: v.array(Text),
		names: v.nullable(v.array(v.string())),
		properties: v.object({ columns: v.array(Text), values: v.array(v.array(v.string())) })
	}),
	shapes: v.array(
		v.looseObject({
			type: v.literal('Feature'),
			geometry: v.looseObject({ type: v.string() }),
			properties: v.nullable(v.record(v.string(), v.unknown()))
		})
	),
	errors: v.array(v.union([RowErrorSchema, LegacyRowErrorSchema])),
	errorCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
	total: v.pipe(v.number(), v.integer(), v.minValue(0)),
	importedAt: v.number()
});

const ProjectSchema = v.object({
	format: v.literal(FORMAT, `must be "${FORMAT}"`),
	version: v.literal(VERSION, `must be ${VERSION}`),
	savedAt: v.string(),
	view: v.record(v.string(), v.unknown()),
	imports: v.array(DatasetSchema)
});

/**
 * One JSON text holding the view (a plain object the caller describes) and the imported datasets,
 * for "Save project". Typed arrays are written as base64 of their bytes.
 */
export function saveProject(project: Project, now: Date = new Date()): string {
	return JSON.stringify({
		format: FORMAT,
		version: VERSION,
		savedAt: now.toISOString(),
		view: project.view,
		imports: project.imports.map((d) => ({
			...d,
			points: {
				...d.points,
				lon: toBase64(d.points.lon),
				lat: toBase64(d.points.lat),
				start: toBase64(d.points.start),
				end: toBase64(d.points.end),
				category: toBase64(d.points.category)
			}
		}))
	});
}

/** The project in a file, or the problems found, each naming its field ("imports.0.colour: …"). */
export type OpenedProject = { ok: true; project: Project } | { ok: false; errors: string[] };

/** Reads a file written by saveProject, checking every field ("Open project"). */
export function openProject(text: string): OpenedProject {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { ok: false, errors: [`not a project file: ${(e as Error).message}`] };
	}
	const parsed = v.safeParse(ProjectSchema, json);
	if (!parsed.success) {
		return {
			ok: false,
			errors: parsed.issues.slice(0, 20).map((i) => `${v.getDotPath(i) ?? '(file)'}: ${i.message}`)
		};
	}
	const errors: string[] = [];
	const imports = parsed.output.imports.map((d, n) => {
		const { count } = d.points;
		const f64 = (field: 'lon' | 'lat' | 'start' | 'end') => {
			const a = fromBase64(d.points[field], (b) =>
				b.byteLength % 8 === 0 ? new Float64Array(b) : new Float64Array(0)
			);
			if (a.length !== count)
				errors.push(`imports.${n}.points.${field}: must hold ${count} numbers`);
			return a;
		};
		const category = fromBase64(d.points.category, (b) =>
			b.byteLength % 4 === 0 ? new Int32Array(b) : new Int32Array(0)
		);
		if (category.length !== count) {
			errors.push(`imports.${n}.points.category: must hold ${count} numbers`);
		}
		const points = {
			...d.points,
			lon: f64('lon'),
			lat: f64('lat'),
			start: f64('start'),
			end: f64('end'),
			category
		};
		return { ...d, points, shapes: d.shapes as unknown as Feature[] } as ImportedDataset;
	});
	if (errors.length) return { ok: false, errors };
	return { ok: true, project: { view: parsed.output.view, imports } };
}
