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

/** Whether a write reached IndexedDB; if not, a sentence for the user. */
export type StoreResult = { ok: true } | { ok: false; message: string };

const KEPT_FOR_SESSION = 'It stays on the map until you close or reload this page.';

let store: UseStore | null = null;

function open(): UseStore {
	if (typeof indexedDB === 'undefined') throw new DOMException('no IndexedDB', 'SecurityError');
	store ??= createStore('strait-atlas-imports', 'layers');
	return store;
}

/** The sentence shown when storing fails: a full quota, or a window that forbids storage. */
export function storeMessage(error: unknown): string {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') {
		return `Not saved: the browser's storage for this site is full. ${KEPT_FOR_SESSION}`;
	}
	return `Not saved: this window does not allow storage (a private window?). ${KEPT_FOR_SESSION}`;
}

async function attempt(write: () => Promise<unknown>): Promise<StoreResult> {
	try {
		await write();
		return { ok: true };
	} catch (e) {
		return { ok: false, message: storeMessage(e) };
	}
}

/**
 * Stores a dataset: its settings under `meta:<id>` (rewritten on every rename or colour change)
 * and its data under `data:<id>` (written once), so a rename does not rewrite a million points.
 * The write waits for the next task, so the map draws the new data first (copying a million
 * points for IndexedDB takes the main thread ~100 ms), and leaves out the points' GPU buffers,
 * which the worker builds again in a tenth of a second when the data comes back.
 */
export function saveLayer(layer: StoredLayer, withData = true): Promise<StoreResult> {
	const { points, shapes } = layer;
	const meta = (({ points: _p, shapes: _s, buffers: _b, ...rest }: StoredLayer) => rest)(layer);
	return attempt(async () => {
		const s = open();
		await new Promise((resolve) => setTimeout(resolve, 0));
		if (withData) await set(`data:${layer.id}`, { points, shapes }, s);
		await set(`meta:${layer.id}`, meta, s);
	});
}

/** Deletes a stored dataset. */
export function deleteLayer(id: string): Promise<StoreResult> {
	return attempt(async () => {
		const s = open();
		await del(`meta:${id}`, s);
		await del(`data:${id}`, s);
	});
}

/**
 * Every stored dataset, oldest first, its row errors as data whichever version stored them; a
 * message instead when storage cannot be read.
 */
export async function loadLayers(): Promise<{ layers: StoredLayer[]; message: string | null }> {
	try {
		const all = new Map(await entries<string, unknown>(open()));
		const layers: StoredLayer[] = [];
		for (const [key, meta] of all) {
			if (!key.startsWith('meta:')) continue;
			const data = all.get(`data:${key.slice(5)}`);
			if (!data) continue;
			const layer = { ...(meta as object), ...(data as object) } as StoredLayer;
			// Datasets stored before row errors became data keep them as English words.
			const errors = (layer.errors ?? []) as (RowError | LegacyRowError)[];
			layers.push({ ...layer, errors: errors.map(upgradeRowError) });
		}
		layers.sort((a, b) => a.importedAt - b.importedAt);
		return { layers, message: null };
	} catch (e) {
		return {
			layers: [],
			message: storeMessage(e).replace(/^Not saved/, 'Imported data is not kept')
		};
	}
}
