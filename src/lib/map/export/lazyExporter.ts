import type { StyleInputs } from '../../core/style/buildStyle';
import type { AppState } from '../../state/AppState.svelte';
import type { Exporter } from './Exporter';

/**
 * The exporter, loaded on first use (with the video muxer behind it), so startup never pays for
 * it. Permalinks start from VITE_PUBLIC_URL when the build sets it. Returns a getter that always resolves to the same instance.
 */
export function lazyExporter(app: AppState, inputs: StyleInputs): () => Promise<Exporter> {
	let loading: Promise<Exporter> | null = null;
	return () =>
		(loading ??= import('./Exporter').then(
			({ Exporter }) => new Exporter({ app, inputs, publicUrl: import.meta.env.VITE_PUBLIC_URL })
		));
}
