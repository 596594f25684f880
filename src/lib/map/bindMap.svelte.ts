import type { AppState } from '../state/AppState.svelte';
import type { MapController } from './MapController.svelte';
import { popupLabel } from './popupLabel';

/**
 * The one binder from app state to the map: each effect pushes one kind of state through the
 * controller (data, event plan, visible groups, global state, camera moves, selection, the
 * small popup naming the selection). Data reaches the map by this channel only; nothing is
 * read back. Returns the teardown.
 */
export function bindMap(controller: MapController, app: AppState): () => void {
	return $effect.root(() => {
		$effect(() => {
			for (const [source, fc] of Object.entries(app.mapData))
				if (fc) controller.setData(source, fc);
		});
		$effect(() => controller.setEvents(app.eventPlan));
		$effect(() => controller.setVisible(app.layers.on));
		$effect(() => controller.setImports(app.imports?.layers ?? []));
		$effect(() => controller.setGlobalState(app.globalState));
		$effect(() => {
			const request = app.cameraRequest;
			if (request) controller.moveCamera(request);
		});
		$effect(() => controller.select(app.selection.current));
		$effect(() => {
			// The detail itself is shown once, in the panel (the sheet on a phone); on a wide screen
			// a small popup names the feature where it was picked.
			const d = app.description;
			const at = app.selection.lngLat;
			if (!d || !at || app.phone) {
				controller.closePopup();
				return;
			}
			controller.openPopup(at, popupLabel(d), () => app.selection.clear());
		});
	});
}
