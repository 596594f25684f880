import type { Map as MlMap, MapGeoJSONFeature } from 'maplibre-gl';

/** A reference to one feature of one source. */
export type FeatureRef = { source: string; id: string };

/** A few pixels of slack so thin lanes and reference lines can be hit by a finger or pointer. */
const SLACK_PX = 4;

/**
 * The top-most feature with an id under a screen point, among the given layers (those that
 * exist) and the features `drawn` keeps (a story event not drawn at the time is still there). https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#queryrenderedfeatures
 */
export function topFeature(
	map: MlMap,
	point: { x: number; y: number },
	layers: readonly string[],
	drawn: (f: MapGeoJSONFeature) => boolean = () => true
): MapGeoJSONFeature | null {
	const box: [[number, number], [number, number]] = [
		[point.x - SLACK_PX, point.y - SLACK_PX],
		[point.x + SLACK_PX, point.y + SLACK_PX]
	];
	const hits = map.queryRenderedFeatures(box, { layers: layers.filter((id) => map.getLayer(id)) });
	return hits.find((f) => f.id !== undefined && drawn(f)) ?? null;
}

/** Keeps the `hover` feature state and the pointer cursor on the feature under the pointer. */
export class Hover {
	#current: FeatureRef | null = null;

	/**
	 * Moves the hover to `f` (or clears it with null); `other` says something drawn outside
	 * MapLibre's features (an imported point) is under the pointer, for the cursor.
	 */
	set(map: MlMap, f: MapGeoJSONFeature | null, other = false): void {
		const next = f ? { source: f.source, id: String(f.id) } : null;
		map.getCanvas().style.cursor = next || other ? 'pointer' : '';
		if (this.#current?.source === next?.source && this.#current?.id === next?.id) return;
		if (this.#current) map.setFeatureState(this.#current, { hover: false });
		this.#current = next;
		if (next) map.setFeatureState(next, { hover: true });
	}
}
