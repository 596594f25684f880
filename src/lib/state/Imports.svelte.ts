import { encodingForImport } from '../core/import/encodingForImport';
import type { Feature, Polygon } from 'geojson';
import { errorsCsv } from '../core/import/errorsCsv';
import { openProject, saveProject } from '../core/import/projectFile';
import type { ImportErrorWords } from '../core/import/formatRowError';
import { ImportFailure } from '../core/import/ImportFailure';
import type { ImportPreview } from '../core/import/importText';
import { pointProperties } from '../core/import/pointProperties';
import { datasetColour } from '../core/import/importColours';
import { nameFromFile, newImportId, type ImportedDataset } from '../core/import/ImportedDataset';
import {
	DEFAULT_TIME_ZONE,
	type ColumnMapping,
	type ColumnRole,
	type ImportFormat,
	type RowError,
	type RowErrorReason
} from '../core/import/types';
import type { ImportedFile, PointBuffers, WorkerJob } from '../data/importClient';
import type { StoreProblem, StoreResult } from '../data/importStore';
import { ZoneCounts } from './ZoneCounts.svelte';

/** An imported dataset with the GPU buffers of its points (see map/ImportPointsLayer). */
export type ImportedLayer = ImportedDataset & { buffers: PointBuffers };

/**
 * What the state needs from the I/O ring (data/importClient and data/importStore), passed in so
 * that state/ stays free of workers and IndexedDB and can be tested with fakes.
 */
export interface ImportBackend {
	preview(
		file: Blob | string,
		options: { name?: string; format?: ImportFormat; encoding?: string }
	): WorkerJob<{ preview: ImportPreview; encoding: string }>;
	importFile(
		file: Blob | string,
		options: {
			format: ImportFormat;
			mapping: ColumnMapping;
			timeZone: string;
			encoding?: string;
		},
		onProgress?: (done: number, total: number) => void
	): WorkerJob<ImportedFile>;
	buildBuffers(points: ImportedDataset['points']): WorkerJob<PointBuffers>;
	saveLayer(layer: ImportedLayer, withData?: boolean): Promise<StoreResult>;
	deleteLayer(id: string): Promise<StoreResult>;
	/** Stored datasets; those stored before the GPU drawing have no buffers yet. */
	loadLayers(): Promise<{
		layers: (ImportedDataset & { buffers?: PointBuffers })[];
		problem: StoreProblem | null;
	}>;
}

/** The file being previewed or imported, as the preview dialog shows it. */
export interface PendingImport {
	file: Blob | string;
	name: string;
	status: 'reading' | 'preview' | 'importing' | 'failed';
	preview: ImportPreview | null;
	mapping: ColumnMapping;
	timeZone: string;
	encoding: string | undefined;
	/** 0 to 1 while importing. */
	progress: number;
	/**
	 * Why the file cannot be read or imported, when it cannot, as data (the page words it in the
	 * active language). A preview's own error (no rows, bad JSON) is `preview.error`.
	 */
	failure: RowErrorReason | null;
}

/** What `straitAtlas.importData` resolves to. */
export interface ImportSummary {
	id: string;
	features: number;
	errors: RowError[];
}

const EMPTY_MAPPING: ColumnMapping = {
	lat: null,
	lon: null,
	time: null,
	end: null,
	category: null,
	name: null
};

/** The datasets the user brought, the import under way, and where storing them stands. */
export class Imports {
	/** Imported datasets in drawing order; each change replaces the dataset's object. */
	layers = $state.raw<ImportedLayer[]>([]);
	pending = $state<PendingImport | null>(null);
	/**
	 * Set when imported data is not kept in the browser: a dataset could not be saved, or stored
	 * data could not be read at start (`when`), because storage is full or forbidden (`problem`).
	 */
	storage = $state<{ when: 'save' | 'load'; problem: StoreProblem } | null>(null);
	#backend: ImportBackend;
	#job: WorkerJob<unknown> | null = null;

	constructor(backend: ImportBackend) {
		this.#backend = backend;
	}

	/** Brings back the datasets stored in earlier visits. */
	async restore(): Promise<void> {
		const { layers: stored, problem } = await this.#backend.loadLayers();
		const layers: ImportedLayer[] = [];
		for (const l of stored) {
			layers.push({
				...l,
				buffers: l.buffers ?? (await this.#backend.buildBuffers(l.points).promise)
			});
		}
		const known = this.layers.map((l) => l.id);
		this.layers = [...this.layers, ...layers.filter((l) => !known.includes(l.id))];
		if (problem) this.storage = { when: 'load', problem };
	}

	/** Starts importing a file: reads its columns in the worker and opens the preview. */
	async open(
		file: Blob | string,
		options: { name?: string; format?: ImportFormat; encoding?: string } = {}
	): Promise<void> {
		this.cancel();
		const name = options.name ?? nameFromFile(file instanceof File ? file.name : undefined);
		this.pending = {
			file,
			name,
			status: 'reading',
			preview: null,
			mapping: EMPTY_MAPPING,
			timeZone: DEFAULT_TIME_ZONE,
			encoding: options.encoding,
			progress: 0,
			failure: null
		};
		const fileName = file instanceof File ? file.name : options.name;
		const job = this.#backend.preview(file, { ...options, name: fileName });
		this.#job = job;
		try {
			const { preview, encoding } = await job.promise;
			if (this.#job !== job || !this.pending) return;
			this.pending = {
				...this.pending,
				status: 'preview',
				preview,
				mapping: preview.mapping,
				encoding
			};
		} catch (e) {
			if (this.#job === job) this.#failPending(e);
		}
	}

	/** Changes which column plays a role in the pending import (null: none). */
	setMapping(role: ColumnRole, column: string | null): void {
		if (this.pending) this.pending.mapping = { ...this.pending.mapping, [role]: column };
	}

	/** Sets the IANA time zone naive times of the pending import are read in. */
	setTimeZone(timeZone: string): void {
		if (this.pending) this.pending.timeZone = timeZone;
	}

	/** Reads the pending file again in another text encoding (e.g. "big5"). */
	async setEncoding(encoding: string): Promise<void> {
		if (!this.pending) return;
		const { file, name, preview } = this.pending;
		await this.open(file, { name, format: preview?.format, encoding });
	}

	/** Whether the pending import can run: a preview, and a position for CSV rows. */
	get canConfirm(): boolean {
		const p = this.pending;
		if (!p || p.status !== 'preview' || !p.preview) return false;
		const tabular = p.preview.format === 'csv' || p.preview.format === 'tsv';
		// A GeoJSON, KML or GPX preview with an error has nothing to import (bad JSON or XML).
		if (!tabular) return p.preview.error === null;
		return p.mapping.lat !== null && p.mapping.lon !== null;
	}

	/** Runs the pending import in the worker and adds the result; null if cancelled or failed. */
	async confirm(): Promise<ImportedLayer | null> {
		const p = this.pending;
		if (!p || !p.preview || !this.canConfirm) return null;
		const id = newImportId();
		p.status = 'importing';
		p.progress = 0;
		const job = this.#backend.importFile(
			p.file,
			{
				format: p.preview.format,
				mapping: $state.snapshot(p.mapping),
				timeZone: p.timeZone,
				encoding: encodingForImport(p.encoding)
			},
			(done, total) => {
				if (this.pending && this.#job === job) this.pending.progress = total ? done / total : 0;
			}
		);
		this.#job = job;
		try {
			const { result, buffers } = await job.promise;
			if (this.#job !== job) return null;
			const layer: ImportedLayer = {
				id,
				name: p.name,
				format: result.format,
				colour: datasetColour(this.layers.length),
				colourByCategory: result.points.categories.length > 1,
				visible: true,
				mapping: $state.snapshot(p.mapping),
				timeZone: p.timeZone,
				points: result.points,
				shapes: result.shapes,
				errors: result.errors,
				errorCount: result.errorCount,
				total: result.total,
				importedAt: Date.now(),
				buffers
			};
			this.#job = null;
			if (result.points.count + result.shapes.length === 0) {
				const failure = { code: 'nothingImported', params: {} } as const;
				this.pending = { ...p, status: 'failed', failure };
				this.pending.preview = { ...p.preview, error: result.errors[0] ?? null };
				this.#lastErrors = { errors: result.errors, count: result.errorCount };
				return null;
			}
			this.pending = null;
			await this.add(layer);
			return layer;
		} catch (e) {
			if (this.#job === job) this.#failPending(e);
			return null;
		}
	}

	/** The errors of the last import that produced nothing (for the preview's error list). */
	#lastErrors = { errors: [] as RowError[], count: 0 };

	/** Row errors of a failed pending import, to list and download. */
	get pendingErrors(): { errors: RowError[]; count: number } {
		return this.pending?.status === 'failed' ? this.#lastErrors : { errors: [], count: 0 };
	}

	/** Stops the preview or import under way and closes the preview. */
	cancel(): void {
		this.#job?.cancel();
		this.#job = null;
		this.pending = null;
	}

	#failPending(e: unknown): void {
		this.#job = null;
		if (!this.pending) return;
		this.pending = {
			...this.pending,
			status: 'failed',
			failure:
				e instanceof ImportFailure
					? e.reason
					: { code: 'text', params: { text: e instanceof Error ? e.message : String(e) } }
		};
	}

	/**
	 * The console API: imports text or a file at once with the guessed mapping and Taipei time,
	 * no preview. Resolves to the new id, the number of features and the row errors.
	 */
	async importData(
		data: Blob | string,
		options: { name?: string; format?: ImportFormat } = {}
	): Promise<ImportSummary> {
		const preview = await this.#backend.preview(data, options).promise;
		const fileError = preview.preview.error?.where.kind === 'file' ? preview.preview.error : null;
		const id = newImportId();
		const job = this.#backend.importFile(data, {
			format: preview.preview.format,
			mapping: preview.preview.mapping,
			timeZone: DEFAULT_TIME_ZONE,
			encoding: encodingForImport(preview.encoding)
		});
		const { result, buffers } = await job.promise;
		const features = result.points.count + result.shapes.length;
		const errors = fileError && features === 0 ? [fileError, ...result.errors] : result.errors;
		if (features > 0) {
			await this.add({
				id,
				name: options.name ?? nameFromFile(data instanceof File ? data.name : undefined),
				format: result.format,
				colour: datasetColour(this.layers.length),
				colourByCategory: result.points.categories.length > 1,
				visible: true,
				mapping: preview.preview.mapping,
				timeZone: DEFAULT_TIME_ZONE,
				points: result.points,
				shapes: result.shapes,
				errors: result.errors,
				errorCount: result.errorCount,
				total: result.total,
				importedAt: Date.now(),
				buffers
			});
		}
		return { id: features > 0 ? id : '', features, errors };
	}

	/**
	 * "Save project": one JSON text with the view (what the caller passes, e.g. the link's hash)
	 * and every imported dataset, so work can be shared as a file.
	 */
	projectText(view: Record<string, unknown>): string {
		return saveProject({ view, imports: this.layers.map(({ buffers: _buffers, ...d }) => d) });
	}

	/**
	 * "Open project": reads a file saveProject wrote, checks every field, and adds its datasets
	 * (their GPU buffers built in the worker, then stored). A broken file adds nothing and
	 * resolves to the problems, each naming its field; the current data stays as it is.
	 */
	async openProjectText(
		text: string
	): Promise<
		{ ok: true; view: Record<string, unknown>; added: number } | { ok: false; errors: string[] }
	> {
		const opened = openProject(text);
		if (!opened.ok) return opened;
		const layers: ImportedLayer[] = [];
		for (const d of opened.project.imports) {
			const buffers = await this.#backend.buildBuffers(d.points).promise;
			layers.push({ ...d, buffers });
		}
		for (const layer of layers) await this.add(layer);
		return { ok: true, view: opened.project.view, added: layers.length };
	}

	/** Adds a dataset and stores it. */
	async add(layer: ImportedLayer): Promise<void> {
		this.layers = [...this.layers.filter((l) => l.id !== layer.id), layer];
		this.#stored(await this.#backend.saveLayer(layer));
	}

	/** Removes a dataset from the map and from storage. */
	async remove(id: string): Promise<void> {
		this.layers = this.layers.filter((l) => l.id !== id);
		await this.#backend.deleteLayer(id);
	}

	/** Renames a dataset (trimmed, at most 80 characters; an empty name is refused). */
	rename(id: string, name: string): void {
		const clean = name.replace(/\s+/g, ' ').trim().slice(0, 80);
		if (clean) this.#update(id, { name: clean });
	}

	/** Sets a dataset's colour (#rrggbb). */
	setColour(id: string, colour: string): void {
		if (/^#[0-9a-f]{6}$/i.test(colour)) this.#update(id, { colour: colour.toLowerCase() });
	}

	/** Colours a dataset by its category column, or in its one colour. */
	setColourByCategory(id: string, on: boolean): void {
		this.#update(id, { colourByCategory: on });
	}

	/** Shows or hides a dataset. */
	setVisible(id: string, visible: boolean): void {
		this.#update(id, { visible });
	}

	/** The datasets' points counted in the drill zones, a zone per task (ZoneCounts). */
	#zoneCounts = new ZoneCounts();

	/**
	 * How many points of each dataset lie inside each of `zones` (turf, edge included; every
	 * point, whatever its time). A dataset is listed once its counts are made (a task per zone,
	 * kept until its points change).
	 */
	countsInZones(zones: Feature<Polygon>[]) {
		return this.layers
			.filter((l) => l.points.count > 0)
			.flatMap((l) => {
				const counts = this.#zoneCounts.countsOf(l.points, zones);
				if (!counts) return [];
				return [
					{
						id: l.id,
						name: l.name,
						total: l.points.count,
						zones: zones.map((z, i) => ({
							id: String(z.properties?.id ?? i),
							label: String(z.properties?.name ?? z.properties?.id ?? i),
							count: counts[i]!
						}))
					}
				];
			});
	}

	/** The dataset with this id. */
	find(id: string): ImportedLayer | undefined {
		return this.layers.find((l) => l.id === id);
	}

	/** The CSV of a dataset's row errors, for download, in the words given (`language.m`). */
	errorsCsv(id: string, words: ImportErrorWords): Promise<string> {
		const layer = this.find(id);
		return layer ? errorsCsv(layer.errors, words, layer.errorCount) : Promise.resolve('');
	}

	/** The properties of one imported point (index `i` in its dataset), for hover and click. */
	pointProperties(id: string, i: number): Record<string, string | number> | null {
		const layer = this.find(id);
		if (!layer || i < 0 || i >= layer.points.count) return null;
		return pointProperties(layer.points, layer.mapping, i);
	}

	/** Every imported point and shape as GeoJSON features (GeoJSON export, turf analysis). */
	features(id: string, at?: number): Feature[] {
		const layer = this.find(id);
		if (!layer) return [];
		const { points } = layer;
		const out: Feature[] = [];
		for (let i = 0; i < points.count; i++) {
			const s = points.start[i]!;
			if (at !== undefined && !Number.isNaN(s) && s > at) break;
			out.push({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [points.lon[i]!, points.lat[i]!] },
				properties: { dataset: layer.name, ...this.pointProperties(id, i) }
			});
		}
		for (const shape of layer.shapes) {
			const s = shape.properties?.start_ts;
			if (at !== undefined && typeof s === 'number' && s > at) continue;
			out.push({ ...shape, properties: { dataset: layer.name, ...shape.properties } });
		}
		return out;
	}

	/** The datasets for "Save project", without their GPU buffers. */
	projectDatasets(): ImportedDataset[] {
		return this.layers.map(({ buffers: _buffers, ...d }) => d);
	}

	/** Adds the datasets of an opened project, building their GPU buffers in the worker. */
	async openDatasets(datasets: readonly ImportedDataset[]): Promise<void> {
		for (const d of datasets) {
			const buffers = await this.#backend.buildBuffers(d.points).promise;
			await this.add({ ...d, buffers });
		}
	}

	#update(id: string, change: Partial<ImportedDataset>): void {
		let changed: ImportedLayer | undefined;
		this.layers = this.layers.map((l) => (l.id === id ? (changed = { ...l, ...change }) : l));
		if (changed) void this.#backend.saveLayer(changed, false).then((r) => this.#stored(r));
	}

	#stored(result: StoreResult): void {
		if (!result.ok) this.storage = { when: 'save', problem: result.problem };
	}
}
