import { Imports } from '../state/Imports.svelte';
import { buildBuffers, importFile, previewFile } from './importClient';
import { deleteLayer, loadLayers, saveLayer } from './importStore';

/**
 * The imported-data state wired to the import worker and the IndexedDB store: one module the
 * app loads on first use (AppState.useImports), so none of it is in the startup bundle.
 */
export function createImports(): Imports {
	return new Imports({
		preview: previewFile,
		importFile,
		buildBuffers,
		saveLayer,
		deleteLayer,
		loadLayers
	});
}
