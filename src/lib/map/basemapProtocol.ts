import type { AddProtocolAction } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { decodeBasemap, parseBasemapUrl } from '../core/style/basemapTopology';

/**
 * The loader of the basemap protocol (core/style/basemapTopology), registered in MapLibre's
 * worker (map/mapWorker.ts): fetches each topology file once, decodes each object once, and
 * answers the land and coastline sources of the live map and of the exports' hidden maps with
 * the GeoJSON. A fetch that failed is tried again by the next request.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/addProtocol/
 */
export function basemapLoader(fetchJson = fetchTopology): AddProtocolAction {
	const files = new Map<string, Promise<Topology>>();
	const decoded = new Map<string, Promise<FeatureCollection>>();
	return async ({ url }) => {
		const asked = parseBasemapUrl(url);
		if (!asked) throw new Error(`not a basemap URL: ${url}`);
		let collection = decoded.get(url);
		if (!collection) {
			let file = files.get(asked.topologyUrl);
			if (!file) {
				file = fetchJson(asked.topologyUrl);
				files.set(asked.topologyUrl, file);
			}
			collection = file.then((t) => decodeBasemap(t, asked.name));
			decoded.set(url, collection);
			collection.catch(() => {
				files.delete(asked.topologyUrl);
				decoded.delete(url);
			});
		}
		return { data: await collection };
	};
}

/** Fetches and parses one topology file; throws with the file and the HTTP status. */
async function fetchTopology(url: string): Promise<Topology> {
	const r = await fetch(url);
	if (!r.ok) throw new Error(`basemap ${url}: HTTP ${r.status}`);
	return (await r.json()) as Topology;
}
