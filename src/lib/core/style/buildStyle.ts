import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { eventPartSource, type EventPlan } from '../time/planEventChunks';
import type { Lang } from '../i18n/languages';
import { attributionHtml, CREDITS } from './attribution';
import { GROUP_LAYERS, LAYER, LAYER_GROUPS, SOURCE, type LayerGroup } from './ids';
import {
	basemapLayers,
	drillZoneLayers,
	annotationLayers,
	eventLayers,
	placeLayers,
	referenceLayers,
	shippingLaneLayers
} from './layers';
import { mapGlobalState } from '../map/mapGlobalState';
import { STATE } from './timeExpressions';

/** What the style needs from the outside world: where its files are. */
export interface StyleInputs {
	/** Absolute URLs of the basemap GeoJSON files. */
	basemap: { world: string; land: string; coastline: string; borders: string };
	/**
	 * URL template of the bundled label glyphs (public/glyphs, built by scripts/build-glyphs.ts),
	 * with MapLibre's `{fontstack}` and `{range}` placeholders: `GLYPHS_TEMPLATE` in the app.
	 */
	glyphs: string;
	/** Starting time, epoch ms, when no global state is given. */
	t: number;
	/** Starting label language (the `lang` global state); English if left out. */
	lang?: Lang;
}

/**
 * What the map draws, as app state gives it: the data of each source, the event set's chunk
 * plan, the layer groups switched on and the global state (time, window, comparison, chunk
 * times). Every part is optional: what is missing starts empty, visible or at `inputs.t`.
 */
export interface MapScene {
	data?: Partial<Record<string, FeatureCollection>>;
	events?: EventPlan;
	visible?: readonly LayerGroup[];
	globalState?: Record<string, unknown>;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const credit = (layer: string): string =>
	CREDITS.filter((c) => c.layer === layer)
		.map(attributionHtml)
		.join(' ');

/**
 * The layers drawing an event plan: the contract `events` layers for the first part (reading
 * `t`, or the first chunk's key), then one pair per further chunk reading its own key.
 */
export function eventPlanLayers(plan: EventPlan | undefined): LayerSpecification[] {
	const chunks = plan?.chunks ?? [];
	if (!chunks.length) return eventLayers();
	return chunks.flatMap((c, i) =>
		eventLayers(c.key, eventPartSource(i, SOURCE.events), i === 0 ? '' : `-${i}`)
	);
}

/**
 * The event plan a scene draws: its own, else its `events` data (or none) whole, as the story's
 * events are drawn. What the style's event sources hold, and what the map code sets the story
 * events' `age` feature state for.
 * @example sceneEventPlan({}) // { chunks: [], parts: [an empty FeatureCollection] }
 */
export function sceneEventPlan(scene: MapScene): EventPlan {
	return scene.events ?? { chunks: [], parts: [scene.data?.[SOURCE.events] ?? EMPTY] };
}

/** Whether a layer id belongs to a group (event chunk layers belong to `events`). */
export function groupOfLayer(id: string): LayerGroup | null {
	for (const g of LAYER_GROUPS) if (GROUP_LAYERS[g].includes(id)) return g;
	if (id.startsWith(`${LAYER.eventsCircle}-`) || id.startsWith(`${LAYER.eventsHalo}-`)) {
		return 'events';
	}
	return null;
}

/**
 * The whole offline style for a scene: basemap and data sources (with the data inline), the
 * bundled font, the global state and every layer in drawing order, hidden where its group is
 * switched off. The live map and the export's hidden map are both built from it.
 */
export function buildStyle(inputs: StyleInputs, scene: MapScene = {}): StyleSpecification {
	const initial = scene.data ?? {};
	const data = (layer: string, fc?: FeatureCollection) => ({
		type: 'geojson' as const,
		data: fc ?? initial[layer] ?? EMPTY,
		promoteId: 'id',
		attribution: credit(layer) || undefined
	});
	const parts = sceneEventPlan(scene).parts;
	const eventSources = Object.fromEntries(
		parts.map((fc, i) => [eventPartSource(i, SOURCE.events), data('events', fc)])
	);
	// Without one given, the state of the starting time: the same keys the binder writes later.
	const globalState =
		scene.globalState ?? mapGlobalState({ t: inputs.t, windowMs: 0, compare: false }, []);
	const hidden = new Set(LAYER_GROUPS.filter((g) => scene.visible && !scene.visible.includes(g)));
	const layers = [
		...basemapLayers(),
		...drillZoneLayers(),
		...shippingLaneLayers(),
		...referenceLayers(),
		...placeLayers(),
		...eventPlanLayers(scene.events),
		...annotationLayers()
	].map((layer) => {
		const group = groupOfLayer(layer.id);
		if (!group || !hidden.has(group)) return layer;
		return { ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification;
	});
	return {
		version: 8,
		name: 'Strait Atlas',
		glyphs: inputs.glyphs,
		state: Object.fromEntries(
			Object.entries({ [STATE.lang]: inputs.lang ?? 'en', ...globalState }).map(([k, v]) => [
				k,
				{ default: v }
			])
		),
		sources: {
			[SOURCE.land]: {
				type: 'geojson',
				data: inputs.basemap.land,
				attribution: credit('basemap')
			},
			[SOURCE.world]: {
				type: 'geojson',
				data: inputs.basemap.world,
				attribution: credit('basemap-world')
			},
			[SOURCE.coastline]: { type: 'geojson', data: inputs.basemap.coastline },
			[SOURCE.borders]: { type: 'geojson', data: inputs.basemap.borders },
			[SOURCE.drillZones]: data('drill-zones'),
			[SOURCE.shippingLanes]: data('shipping-lanes'),
			[SOURCE.reference]: data('reference'),
			[SOURCE.places]: data('places'),
			...eventSources,
			[SOURCE.annotations]: { type: 'geojson', data: initial[SOURCE.annotations] ?? EMPTY }
		},
		layers
	};
}
