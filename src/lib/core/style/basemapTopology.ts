import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/**
 * The land and the coastline come from one TopoJSON file (data/basemap/strait.topo.json, written
 * by scripts/build-basemap-topology.mjs), where the coastline shares the land's arcs: 30 KB of
 * gzip for what was 78 KB as two GeoJSON files. The style names each object with a URL of the
 * app's protocol, `sa-basemap://<object>/<the topology file's absolute URL, encoded>`, which
 * MapLibre's worker answers (map/mapWorker.ts): the file is fetched and decoded where the tiles
 * are laid out.
 */
export const BASEMAP_PROTOCOL = 'sa-basemap';

/** A basemap URL: the object, then the topology file's URL, encoded. */
const BASEMAP_URL = new RegExp(`^${BASEMAP_PROTOCOL}://(\\w+)/([^/]+)$`);

/** The objects of the basemap topology. */
export const BASEMAP_OBJECTS = ['land', 'coastline'] as const;

/** One object of the basemap topology. */
export type BasemapObject = (typeof BASEMAP_OBJECTS)[number];

/** The style's URL of one object of the basemap topology at `topologyUrl` (absolute). */
export function basemapUrl(name: BasemapObject, topologyUrl: string): string {
	return `${BASEMAP_PROTOCOL}://${name}/${encodeURIComponent(topologyUrl)}`;
}

/** The object and the topology file a basemap URL asks for, or null if it is not one. */
export function parseBasemapUrl(url: string): { name: BasemapObject; topologyUrl: string } | null {
	const m = BASEMAP_URL.exec(url);
	const name = m?.[1] as BasemapObject | undefined;
	if (!m || !name || !BASEMAP_OBJECTS.includes(name)) return null;
	try {
		return { name, topologyUrl: decodeURIComponent(m[2]!) };
	} catch {
		return null; // a malformed escape
	}
}

/**
 * One object of the basemap topology as the GeoJSON the map draws; throws, naming the object, if
 * the topology lacks it.
 */
export function decodeBasemap(topology: Topology, name: BasemapObject): FeatureCollection {
	const object = topology.objects[name];
	if (!object) throw new Error(`basemap topology: no object "${name}"`);
	const decoded = feature(topology, object);
	if (decoded.type !== 'FeatureCollection') throw new Error(`basemap ${name}: not a collection`);
	return decoded;
}
