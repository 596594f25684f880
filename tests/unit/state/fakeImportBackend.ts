// The import backend the state tests share: imports in-process, stores in a Map.
import { type ImportBackend, type ImportedLayer } from '../../../src/lib/state/Imports.svelte';
import { importText, previewText } from '../../../src/lib/core/import/importText';
import { pointBuffers } from '../../../src/lib/core/import/pointBuffers';
import { detectFormat } from '../../../src/lib/core/import/detectFormat';
import type { StoreProblem, StoreResult } from '../../../src/lib/data/importStore';

/** A worker job that has already finished with `value`. */
const job = <T>(value: T) => ({ promise: Promise.resolve(value), cancel() {} });

/** A backend that imports in-process and stores in a Map (or fails to store with `storeFails`). */
export function fakeBackend(storeFails?: StoreProblem) {
	const stored = new Map<string, ImportedLayer>();
	const result = (): StoreResult =>
		storeFails ? { ok: false, problem: storeFails } : { ok: true };
	const backend: ImportBackend = {
		preview: (file, o) => {
			const text = String(file);
			const format = o.format ?? detectFormat(o.name, text) ?? 'csv';
			return job({ preview: previewText(text, format), encoding: 'utf-8' });
		},
		importFile: (file, o) => {
			const result = importText(String(file), o);
			return job({ result, buffers: pointBuffers(result.points), encoding: 'utf-8' });
		},
		buildBuffers: (points) => job(pointBuffers(points)),
		saveLayer: async (layer) => {
			if (!storeFails) stored.set(layer.id, layer);
			return result();
		},
		deleteLayer: async (id) => {
			stored.delete(id);
			return result();
		},
		loadLayers: async () => ({ layers: [...stored.values()], problem: null })
	};
	return { backend, stored };
}
