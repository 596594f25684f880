import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, type StyleInputs } from '../../../../src/lib/core/style/buildStyle';
import { basemapStyle, BASEMAP_SOURCES } from '../../../../src/lib/core/style/basemapStyle';
import { styleAdditions } from '../../../../src/lib/core/style/styleAdditions';
import { mapGlobalState } from '../../../../src/lib/core/map/mapGlobalState';

const inputs: StyleInputs = {
	basemap: {
		world: 'http://127.0.0.1:4173/assets/world.geojson',
		land: 'sa-basemap://land@http://127.0.0.1:4173/assets/strait.topo.json',
		coastline: 'sa-basemap://coastline@http://127.0.0.1:4173/assets/strait.topo.json',
		borders: 'http://127.0.0.1:4173/assets/borders.geojson'
	},
	glyphs: 'sa-glyphs://{fontstack}/{range}',
	t: Date.UTC(2025, 11, 30, 0)
};

const places: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { id: 'taipei', name: 'Taipei', kind: 'capital' },
			geometry: { type: 'Point', coordinates: [121.56, 25.04] }
		}
	]
};

describe('basemapStyle()', () => {
	it('basemapStyle() passes the MapLibre style-spec validator', () => {
		expect(validateStyleMin(basemapStyle(inputs))).toEqual([]);
	});

	it('basemapStyle() has only the basemap sources, with the whole style’s specs', () => {
		const style = basemapStyle(inputs);
		const whole = buildStyle(inputs);
		expect(Object.keys(style.sources).sort()).toEqual([...BASEMAP_SOURCES].sort());
		for (const id of BASEMAP_SOURCES) expect(style.sources[id]).toEqual(whole.sources[id]);
	});

	it('basemapStyle() draws what the whole style draws first, with its glyphs and state', () => {
		const style = basemapStyle(inputs);
		const whole = buildStyle(inputs);
		expect(style.layers).toEqual(whole.layers.slice(0, style.layers.length));
		expect(style.glyphs).toBe(whole.glyphs);
		expect(style.state).toEqual(whole.state);
	});
});

describe('styleAdditions()', () => {
	it('styleAdditions() adds the data sources with their data, and no basemap source', () => {
		const next = buildStyle(inputs, { data: { places } });
		const add = styleAdditions(basemapStyle(inputs), next);
		const ids = add.sources.map(([id]) => id);
		expect(ids).toEqual(Object.keys(next.sources).filter((id) => !BASEMAP_SOURCES.includes(id)));
		expect(add.sources.find(([id]) => id === 'places')?.[1]).toMatchObject({ data: places });
	});

	it('styleAdditions() adds the layers above the basemap in drawing order', () => {
		const next = buildStyle(inputs, { data: { places } });
		const base = basemapStyle(inputs);
		const add = styleAdditions(base, next);
		expect([...base.layers, ...add.layers].map((l) => l.id)).toEqual(next.layers.map((l) => l.id));
	});

	it('styleAdditions() gives the next style’s global state', () => {
		const globalState = mapGlobalState(
			{ t: Date.UTC(2025, 11, 29), windowMs: 0, compare: true },
			[]
		);
		const add = styleAdditions(basemapStyle(inputs), buildStyle(inputs, { globalState }));
		expect(add.state).toMatchObject(globalState);
	});

	it('styleAdditions() refuses a style whose layers do not start with the current ones', () => {
		const next = buildStyle(inputs);
		next.layers = next.layers.slice(1);
		expect(() => styleAdditions(basemapStyle(inputs), next)).toThrow(/layer 0/);
	});

	it('styleAdditions() refuses a style that drops one of the current sources', () => {
		const next = buildStyle(inputs);
		delete next.sources[BASEMAP_SOURCES[0]!];
		expect(() => styleAdditions(basemapStyle(inputs), next)).toThrow(/source/);
	});
});
