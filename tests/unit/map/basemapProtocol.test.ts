import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { basemapUrl } from '../../../src/lib/core/style/basemapTopology';
import { basemapLoader } from '../../../src/lib/map/basemapProtocol';

const FILE = 'http://127.0.0.1:4173/assets/strait.topo.json';
const topology = JSON.parse(readFileSync('data/basemap/strait.topo.json', 'utf8')) as Topology;

/** Asks a loader for one URL as MapLibre does; resolves to the collection it answers with. */
const ask = async (load: ReturnType<typeof basemapLoader>, url: string) => {
	const { data } = await load({ url } as Parameters<typeof load>[0], new AbortController());
	return { data: data as FeatureCollection };
};

describe('basemapLoader', () => {
	it('basemapLoader() answers land and coastline from one fetch of their file', async () => {
		const fetchJson = vi.fn(() => Promise.resolve(topology));
		const load = basemapLoader(fetchJson);
		const [land, coast] = await Promise.all([
			ask(load, basemapUrl('land', FILE)),
			ask(load, basemapUrl('coastline', FILE))
		]);
		expect(fetchJson).toHaveBeenCalledTimes(1);
		expect(fetchJson).toHaveBeenCalledWith(FILE);
		expect(land.data.features[0]!.geometry.type).toBe('MultiPolygon');
		expect(coast.data.features[0]!.geometry.type).toBe('MultiLineString');
	});

	it('basemapLoader() gives a second map the object it decoded for the first', async () => {
		const load = basemapLoader(() => Promise.resolve(topology));
		const first = await ask(load, basemapUrl('land', FILE));
		const second = await ask(load, basemapUrl('land', FILE));
		expect(second.data).toBe(first.data);
	});

	it('basemapLoader() fetches the file again after a fetch that failed', async () => {
		const fetchJson = vi
			.fn<(url: string) => Promise<Topology>>()
			.mockRejectedValueOnce(new Error(`basemap ${FILE}: HTTP 503`))
			.mockResolvedValue(topology);
		const load = basemapLoader(fetchJson);
		await expect(ask(load, basemapUrl('land', FILE))).rejects.toThrow(/HTTP 503/);
		const land = await ask(load, basemapUrl('land', FILE));
		expect(land.data.features.length).toBeGreaterThan(0);
		expect(fetchJson).toHaveBeenCalledTimes(2);
	});

	it('basemapLoader() refuses a URL of another protocol, naming it', async () => {
		const load = basemapLoader(() => Promise.resolve(topology));
		await expect(ask(load, FILE)).rejects.toThrow(`not a basemap URL: ${FILE}`);
	});
});
