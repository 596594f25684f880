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
	/** The specs of the event layers drawn, as JSON, to tell a change of data from one of chunks. */
	#specs: string[] = [];

	/** Starts from the plan a map's style was built with. */
	constructor(plan?: EventPlan) {
		if (!plan) return;
		this.#extraSources = plan.parts.slice(1).map((_, i) => eventPartSource(i + 1, SOURCE.events));
		const layers = eventPlanLayers(plan);
		this.#specs = layers.map((l) => JSON.stringify(l));
		this.extraLayers = layers
			.map((l) => l.id)
			.filter((id) => id !== LAYER.eventsCircle && id !== LAYER.eventsHalo);
	}

	/**
	 * Replaces the events drawn with a new plan; `visible` is the events group's visibility. New
	 * data under the same chunks (the events in another language) only replaces the sources' data:
	 * the layers stay. Re-adding them made MapLibre 6.17 throw "this.expression.evaluate is not a
	 * function" when a reloaded tile met a re-added layer whose paint was not yet evaluated while
	 * an event was selected (feature state), and the map stopped drawing.
	 */
	apply(map: MlMap, plan: EventPlan, visible: boolean): void {
		const specs = eventPlanLayers(plan);
		const json = specs.map((l) => JSON.stringify(l));
		const sameLayers =
			json.length === this.#specs.length &&
			json.every((j, i) => j === this.#specs[i]) &&
			specs.every((l) => map.getLayer(l.id));
		if (sameLayers) {
			for (const [i, part] of plan.parts.entries()) {
				map.getSource<GeoJSONSource>(eventPartSource(i, SOURCE.events))?.setData(part);
			}
			const visibility = visible ? 'visible' : 'none';
			for (const l of specs) {
				if ((map.getLayoutProperty(l.id, 'visibility') ?? 'visible') !== visibility) {
					map.setLayoutProperty(l.id, 'visibility', visibility);
				}
			}
			return;
		}
		this.#specs = json;
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
		for (const spec of specs) {
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
