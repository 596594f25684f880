import { inBackground } from '../core/schedule/inBackground';
import type { RowError } from '../core/import/types';
import { upgradeRowError, type LegacyRowError } from '../core/import/upgradeRowError';
import { createStore, del, entries, keys, set, type UseStore } from 'idb-keyval';
import type { ImportedDataset } from '../core/import/ImportedDataset';
import type { PointBuffers } from './importProtocol';

/**
 * An imported dataset with the GPU buffers of its points; what the store keeps. Datasets stored
 * before the points were drawn on the GPU have no buffers (the page builds them again).
 */
export type StoredLayer = ImportedDataset & { buffers?: PointBuffers };

/** Why the browser keeps no data: the site's storage is full, or the window forbids storage. */
export type StoreProblem = 'full' | 'forbidden';

/** Whether a write reached IndexedDB; if not, why (the panel words it in the active language). */
export type StoreResult = { ok: true } | { ok: false; problem: StoreProblem };

let store: UseStore | null = null;

function open(): UseStore {
	if (typeof indexedDB === 'undefined') throw new DOMException('no IndexedDB', 'SecurityError');
	store ??= createStore('strait-atlas-imports', 'layers');
	return store;
}

/** Why storing failed: a full quota, or (anything else) a window that forbids storage. */
export function storeProblem(error: unknown): StoreProblem {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	return name === 'QuotaExceededError' ? 'full' : 'forbidden';
}

async function attempt(write: () => Promise<unknown>): Promise<StoreResult> {
	try {
		await write();
		return { ok: true };
	} catch (e) {
		return { ok: false, problem: storeProblem(e) };
	}
}

/** The point columns stored under keys of their own (`data:<id>:lon:0`, …), a write each. */
const COLUMNS = ['lon', 'lat', 'start', 'end', 'category'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Values of a point column per write: 1 MB of a Float64Array. A million points' 8 MB column in
 * one write held the main thread ~100 ms (IndexedDB copies the value in the calling task).
 */
export const STORE_PART = 131_072;

/** A later task of background priority: storing waits for the points' upload and frames. */
const nextTask = () => new Promise<void>((resolve) => inBackground(resolve));

/**
 * Stores a dataset: its settings under `meta:<id>` (rewritten on every rename or colour change)
 * and its data under `data:<id>` (written once), so a rename does not rewrite a million points.
 * The writes wait for the next task, so the map draws the new data first, and each point column
 * goes in parts of STORE_PART values, a task each (`data:<id>:lon:0`, `data:<id>:lon:1`, …).
 * `data:<id>` is written last and says how many parts each column has: a write cut short leaves
 * no dataset. The points' GPU buffers are not stored: the worker builds them again in a tenth of
 * a second when the data comes back.
 */
export function saveLayer(layer: StoredLayer, withData = true): Promise<StoreResult> {
	const { points, shapes } = layer;
	const meta = (({ points: _p, shapes: _s, buffers: _b, ...rest }: StoredLayer) => rest)(layer);
	return attempt(async () => {
		const s = open();
		if (withData) {
			const parts: Partial<Record<Column, number>> = {};
			for (const column of COLUMNS) {
				const values = points[column];
				parts[column] = Math.max(1, Math.ceil(values.length / STORE_PART));
				for (let k = 0; k < parts[column]; k++) {
					await nextTask();
					// A copy, not a view: IndexedDB would store a view's whole buffer.
					const part = values.slice(k * STORE_PART, (k + 1) * STORE_PART);
					await set(`data:${layer.id}:${column}:${k}`, part, s);
				}
			}
			await nextTask();
			const rest = (({ lon: _a, lat: _b, start: _c, end: _d, category: _e, ...r }) => r)(points);
			await set(`data:${layer.id}`, { points: rest, shapes, columns: COLUMNS, parts }, s);
		}
		await set(`meta:${layer.id}`, meta, s);
	});
}

/** One typed array of the parts in order (the single part itself when there is one). */
function joinParts(parts: readonly ArrayLike<number>[]): ArrayLike<number> | undefined {
	if (parts.length === 1) return parts[0];
	const first = parts[0] as
		(ArrayLike<number> & { constructor: Float64ArrayConstructor }) | undefined;
	if (!first) return undefined;
	const out = new first.constructor(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/**
 * A stored point column: its parts joined (`data:<id>:<column>:<k>`, since they were written in
 * parts), or the whole column under `data:<id>:<column>` (before that); undefined if any is
 * missing.
 */
function storedColumn(
	all: ReadonlyMap<string, unknown>,
	id: string,
	column: string,
	parts: number | undefined
): unknown {
	if (parts === undefined) return all.get(`data:${id}:${column}`);
	const values = Array.from({ length: parts }, (_, k) => all.get(`data:${id}:${column}:${k}`));
	if (values.some((v) => v === undefined)) return undefined;
	return joinParts(values as ArrayLike<number>[]);
}

/** Deletes a stored dataset. */
export function deleteLayer(id: string): Promise<StoreResult> {
	return attempt(async () => {
		const s = open();
		await del(`meta:${id}`, s);
		await del(`data:${id}`, s);
		// Its columns, whole or in parts.
		for (const key of await keys<string>(s)) if (key.startsWith(`data:${id}:`)) await del(key, s);
	});
}

/**
 * Every stored dataset, oldest first, its row errors as data whichever version stored them; a
 * problem instead when storage cannot be read.
 */
export async function loadLayers(): Promise<{
	layers: StoredLayer[];
	problem: StoreProblem | null;
}> {
	try {
		const all = new Map(await entries<string, unknown>(open()));
		const layers: StoredLayer[] = [];
		for (const [key, meta] of all) {
			if (!key.startsWith('meta:')) continue;
			const id = key.slice(5);
			const data = all.get(`data:${id}`) as
				| {
						points: Record<string, unknown>;
						shapes: unknown;
						columns?: readonly string[];
						parts?: Record<string, number>;
				  }
				| undefined;
			if (!data) continue;
			// Written a column per key since the GPU drawing, in parts since the parts' counts are
			// stored; before that, all in `data:<id>`.
			const columns = Object.fromEntries(
				(data.columns ?? []).map((c) => [c, storedColumn(all, id, c, data.parts?.[c])])
			);
			if (Object.values(columns).some((c) => c === undefined)) continue; // a write cut short
			const points = { ...data.points, ...columns };
			const layer = { ...(meta as object), shapes: data.shapes, points } as unknown as StoredLayer;
			// Datasets stored before row errors became data keep them as English words.
			const errors = (layer.errors ?? []) as (RowError | LegacyRowError)[];
			layers.push({ ...layer, errors: errors.map(upgradeRowError) });
		}
		layers.sort((a, b) => a.importedAt - b.importedAt);
		return { layers, problem: null };
	} catch (e) {
		return {
			layers: [],
			problem: storeProblem(e)
		};
	}
}
