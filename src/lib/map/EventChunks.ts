import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { eventPlanLayers } from '../core/style/buildStyle';
import { LAYER, SOURCE } from '../core/style/ids';
import { eventPartSource, type EventPlan } from '../core/time/planEventChunks';

/**
 * Draws an event plan (core/time/planEventChunks) on a live map: the contract source `events`
 * holds the first part, and each further chunk gets a source and layers of its own reading its
 * own global-state time. MapLibre reloads a GeoJSON source when a global-state key its layers
 * read changes, so with chunks a slider tick reloads only the chunk the time passes through.
 * https://maplibre.org/maplibre-style-spec/expressions/#global-state
 */
export class EventChunks {
	/** Layers drawing chunks beyond the first (the first keeps the `events` layers). */
	extraLayers: string[] = [];
	#extraSources: string[] = [];

	/** Starts from the plan a map's style was built with. */
	constructor(plan?: EventPlan) {
		if (!plan) return;
		this.#extraSources = plan.parts.slice(1).map((_, i) => eventPartSource(i + 1, SOURCE.events));
		this.extraLayers = eventPlanLayers(plan)
			.map((l) => l.id)
			.filter((id) => id !== LAYER.eventsCircle && id !== LAYER.eventsHalo);
	}

	/** Replaces the events drawn with a new plan; `visible` is the events group's visibility. */
	apply(map: MlMap, plan: EventPlan, visible: boolean): void {
		for (const id of this.extraLayers) if (map.getLayer(id)) map.removeLayer(id);
		for (const id of this.#extraSources) if (map.getSource(id)) map.removeSource(id);
		this.extraLayers = [];
		this.#extraSources = [];
		const visibility = visible ? 'visible' : 'none';
		for (const [i, part] of plan.parts.entries()) {
			const source = eventPartSource(i, SOURCE.events);
			if (i === 0) map.getSource<GeoJSONSource>(source)?.setData(part);
			else {
				map.addSource(source, { type: 'geojson', data: part, promoteId: 'id' });
				this.#extraSources.push(source);
			}
		}
		for (const spec of eventPlanLayers(plan)) {
			if (map.getLayer(spec.id)) map.removeLayer(spec.id);
			map.addLayer(
				{ ...spec, layout: { ...spec.layout, visibility } } as typeof spec,
				LAYER.annotationFill
			);
			if (spec.id !== LAYER.eventsCircle && spec.id !== LAYER.eventsHalo) {
				this.extraLayers.push(spec.id);
			}
		}
	}
}
