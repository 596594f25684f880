import type { Map as MlMap, MapLayerEventType, MapEventType } from 'maplibre-gl';

/**
 * Adds a MapLibre listener and returns the function that removes it, so an `$effect` or a
 * teardown can undo exactly what it did. https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#on
 */
export function listen<T extends keyof MapEventType>(
	map: MlMap,
	type: T,
	fn: (e: MapEventType[T]) => void
): () => void {
	map.on(type, fn);
	return () => map.off(type, fn);
}

/** Adds a listener for events on one layer and returns its removal. */
export function listenLayer<T extends keyof MapLayerEventType>(
	map: MlMap,
	type: T,
	layer: string,
	fn: (e: MapLayerEventType[T]) => void
): () => void {
	map.on(type, layer, fn);
	return () => map.off(type, layer, fn);
}
