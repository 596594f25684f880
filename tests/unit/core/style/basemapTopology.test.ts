import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import {
	basemapUrl,
	decodeBasemap,
	parseBasemapUrl
} from '../../../../src/lib/core/style/basemapTopology';

const FILE = 'http://127.0.0.1:4173/assets/strait.topo-C78_HwQ-.json';

/** Reads a file of data/basemap/ as JSON. */
function basemapFile<T>(name: string): T {
	return JSON.parse(readFileSync(`data/basemap/${name}`, 'utf8')) as T;
}

/** Every number of a collection's coordinates, in order. */
function numbers(fc: FeatureCollection): number[] {
	return fc.features.flatMap((f) =>
		'coordinates' in f.geometry ? (f.geometry.coordinates as unknown[]).flat(Infinity) : []
	) as number[];
}

describe('basemapUrl', () => {
	it('basemapUrl() names the object and the topology file, which parseBasemapUrl() reads back', () => {
		const url = basemapUrl('coastline', FILE);
		expect(url.startsWith('sa-basemap://coastline/')).toBe(true);
		expect(parseBasemapUrl(url)).toEqual({ name: 'coastline', topologyUrl: FILE });
	});
});

describe('parseBasemapUrl', () => {
	it('parseBasemapUrl() refuses an object the topology does not have', () => {
		expect(parseBasemapUrl(`sa-basemap://borders/${encodeURIComponent(FILE)}`)).toBeNull();
	});

	it('parseBasemapUrl() refuses another protocol', () => {
		expect(parseBasemapUrl(`sa-glyphs://land/${encodeURIComponent(FILE)}`)).toBeNull();
	});

	it('parseBasemapUrl() refuses a file URL that is not encoded or not decodable', () => {
		expect(parseBasemapUrl(`sa-basemap://land/${FILE}`)).toBeNull();
		expect(parseBasemapUrl('sa-basemap://land/%E0%A4%A')).toBeNull();
	});
});

describe('decodeBasemap', () => {
	const topology = basemapFile<Topology>('strait.topo.json');

	// The file is written from the GeoJSON by scripts/build-basemap-topology.mjs: stale if not equal.
	for (const name of ['land', 'coastline'] as const) {
		it(`decodeBasemap() gives data/basemap/${name}.geojson back from strait.topo.json`, () => {
			const geojson = basemapFile<FeatureCollection>(`${name}.geojson`);
			const decoded = decodeBasemap(topology, name);
			expect(decoded.features.map((f) => [f.properties, f.geometry.type])).toEqual(
				geojson.features.map((f) => [f.properties, f.geometry.type])
			);
			const [want, got] = [numbers(geojson), numbers(decoded)];
			expect(got.length).toBe(want.length);
			expect(Math.max(...got.map((x, i) => Math.abs(x - want[i]!)))).toBeLessThan(1e-9);
		});
	}

	it('decodeBasemap() throws, naming the object, when the topology lacks it', () => {
		const { objects, ...rest } = topology;
		expect(() => decodeBasemap({ ...rest, objects: { land: objects.land! } }, 'coastline')).toThrow(
			/no object "coastline"/
		);
	});
});
