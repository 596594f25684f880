import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { LAYER, SOURCE } from '../core/style/ids';
import { eventLayers } from '../core/style/layers';
import { STATE } from '../core/style/timeExpressions';
import { chunkBounds, chunkTimes, type TimeChunk } from '../core/time/chunkTimes';

/** Event sets up to this size stay in the one `events` source; larger ones are chunked. */
export const EVENT_CHUNK_SIZE = 5_000;

const KEY_PREFIX = 'events-t-';
const ts = (f: Feature) => Number(f.properties?.ts);

/**
 * Draws the events source, splitting a large event set into time-sorted chunk sources whose
 * layers each read their own global-state time (core/time/chunkTimes). MapLibre reloads a
 * GeoJSON source when a global-state key its layers read changes, so with chunks a slider tick
 * reloads only the chunks the time passes through instead of every event.
 * https://maplibre.org/maplibre-style-spec/expressions/#global-state
 */
export class EventChunks {
	chunks: TimeChunk[] = [];
	/** Layers drawing chunks beyond the first (the first keeps the `events` source and layers). */
	extraLayers: string[] = [];
	#extraSources: string[] = [];

	/** Replaces the events drawn; `visible` is the events group's visibility. */
	apply(map: MlMap, data: FeatureCollection, visible: boolean): void {
		for (const id of this.extraLayers) if (map.getLayer(id)) map.removeLayer(id);
		for (const id of this.#extraSources) if (map.getSource(id)) map.removeSource(id);
		this.extraLayers = [];
		this.#extraSources = [];
		const small = data.features.length <= EVENT_CHUNK_SIZE;
		const sorted = small ? [] : [...data.features].sort((a, b) => ts(a) - ts(b));
		this.chunks = small ? [] : chunkBounds(sorted.map(ts), EVENT_CHUNK_SIZE, KEY_PREFIX);
		const visibility = visible ? 'visible' : 'none';
		// The first chunk (or the whole small set) is the contract source `events`.
		this.#replaceLayers(map, this.chunks[0]?.key ?? STATE.t, SOURCE.events, '', visibility);
		const slice = (i: number): FeatureCollection => ({
			type: 'FeatureCollection',
			features: sorted.slice(i * EVENT_CHUNK_SIZE, (i + 1) * EVENT_CHUNK_SIZE)
		});
		map.getSource<GeoJSONSource>(SOURCE.events)?.setData(small ? data : slice(0));
		for (const [i, chunk] of this.chunks.entries()) {
			if (i === 0) continue;
			const source = `${SOURCE.events}-${i}`;
			map.addSource(source, { type: 'geojson', data: slice(i), promoteId: 'id' });
			this.#extraSources.push(source);
			this.#replaceLayers(map, chunk.key, source, `-${i}`, visibility);
		}
	}

	/** The chunk keys' values for a time and window (empty when the set is not chunked). */
	times(t: number, windowMs: number): Record<string, number> {
		return this.chunks.length ? chunkTimes(this.chunks, t, windowMs) : {};
	}

	#replaceLayers(map: MlMap, key: string, source: string, suffix: string, visibility: string) {
		for (const spec of eventLayers(key, source, suffix)) {
			if (map.getLayer(spec.id)) map.removeLayer(spec.id);
			map.addLayer(
				{ ...spec, layout: { ...spec.layout, visibility } } as typeof spec,
				LAYER.annotationFill
			);
			if (suffix) this.extraLayers.push(spec.id);
		}
	}
}
