import type { RowError } from '../core/import/types';
import { upgradeRowError, type LegacyRowError } from '../core/import/upgradeRowError';
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
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

/** The point columns stored under keys of their own (`data:<id>:lon`, …), a write each. */
const COLUMNS = ['lon', 'lat', 'start', 'end', 'category'] as const;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Stores a dataset: its settings under `meta:<id>` (rewritten on every rename or colour change)
 * and its data under `data:<id>` (written once), so a rename does not rewrite a million points.
 * The writes wait for the next task, so the map draws the new data first, and each point column
 * goes in a task of its own (`data:<id>:lon`, …): copying a million points for IndexedDB in one
 * write held the main thread for over 100 ms. The points' GPU buffers are not stored: the worker
 * builds them again in a tenth of a second when the data comes back.
 */
export function saveLayer(layer: StoredLayer, withData = true): Promise<StoreResult> {
	const { points, shapes } = layer;
	const meta = (({ points: _p, shapes: _s, buffers: _b, ...rest }: StoredLayer) => rest)(layer);
	return attempt(async () => {
		const s = open();
		if (withData) {
			for (const column of COLUMNS) {
				await nextTask();
				await set(`data:${layer.id}:${column}`, points[column], s);
			}
			await nextTask();
			const rest = (({ lon: _a, lat: _b, start: _c, end: _d, category: _e, ...r }) => r)(points);
			await set(`data:${layer.id}`, { points: rest, shapes, columns: COLUMNS }, s);
		}
		await set(`meta:${layer.id}`, meta, s);
	});
}

/** Deletes a stored dataset. */
export function deleteLayer(id: string): Promise<StoreResult> {
	return attempt(async () => {
		const s = open();
		await del(`meta:${id}`, s);
		await del(`data:${id}`, s);
		for (const column of COLUMNS) await del(`data:${id}:${column}`, s);
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
				| { points: Record<string, unknown>; shapes: unknown; columns?: readonly string[] }
				| undefined;
			if (!data) continue;
			// Written a column per key since the GPU drawing; before that, all in `data:<id>`.
			const columns = Object.fromEntries(
				(data.columns ?? []).map((c) => [c, all.get(`data:${id}:${c}`)])
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
