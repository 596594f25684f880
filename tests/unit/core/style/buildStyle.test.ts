import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, type StyleInputs } from '../../../../src/lib/core/style/buildStyle';
import { FONT, LAYER_GROUPS, GROUP_LAYERS } from '../../../../src/lib/core/style/ids';

const inputs: StyleInputs = {
	basemap: {
		world: 'http://127.0.0.1:4173/assets/world.geojson',
		land: 'http://127.0.0.1:4173/assets/land.geojson',
		coastline: 'http://127.0.0.1:4173/assets/coastline.geojson',
		borders: 'http://127.0.0.1:4173/assets/borders.geojson'
	},
	fontUrl: 'http://127.0.0.1:4173/assets/noto.woff2',
	fontExtUrl: 'http://127.0.0.1:4173/assets/noto-ext.woff2',
	t: Date.UTC(2025, 11, 30, 0)
};

describe('buildStyle()', () => {
	it('buildStyle() passes the MapLibre style-spec validator', () => {
		expect(validateStyleMin(buildStyle(inputs))).toEqual([]);
	});

	it('buildStyle() declares every contract source', () => {
		const sources = Object.keys(buildStyle(inputs).sources);
		for (const id of ['drill-zones', 'shipping-lanes', 'places', 'events', 'reference']) {
			expect(sources).toContain(id);
		}
	});

	it('buildStyle() loads nothing but the URLs it was given (no tiles, glyphs or sprites)', () => {
		const style = buildStyle(inputs);
		const given = new Set([...Object.values(inputs.basemap), inputs.fontUrl, inputs.fontExtUrl]);
		const loaded = [
			...Object.values(style.sources).flatMap((s) =>
				'data' in s && typeof s.data === 'string' ? [s.data] : []
			),
			...Object.values(style['font-faces'] ?? {}).flatMap((faces) =>
				typeof faces === 'string' ? [faces] : faces.map((f) => f.url)
			)
		];
		expect(loaded.filter((u) => !given.has(u))).toEqual([]);
		expect(loaded.length).toBe(given.size);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		expect(Object.values(style.sources).some((s) => 'tiles' in s || 'url' in s)).toBe(false);
	});

	it('buildStyle() backs every text-font with a bundled font face', () => {
		const style = buildStyle(inputs);
		const fonts = new Set(
			style.layers.flatMap((l) =>
				l.type === 'symbol' ? ((l.layout?.['text-font'] as string[] | undefined) ?? []) : []
			)
		);
		expect([...fonts]).toEqual([FONT]);
		expect(Object.keys(style['font-faces'] ?? {})).toEqual([FONT]);
	});

	it('buildStyle() draws every layer a toggle controls', () => {
		const ids = new Set(buildStyle(inputs).layers.map((l) => l.id));
		for (const group of LAYER_GROUPS)
			for (const id of GROUP_LAYERS[group]) expect(ids).toContain(id);
	});

	it('buildStyle(inputs, data) puts data that has already arrived inline in its source', () => {
		const events = { type: 'FeatureCollection' as const, features: [] };
		const style = buildStyle(inputs, { events });
		expect((style.sources.events as { data: unknown }).data).toBe(events);
		expect((style.sources.places as { data: unknown }).data).toEqual({
			type: 'FeatureCollection',
			features: []
		});
	});

	it('buildStyle() starts the time state at the given time', () => {
		expect(buildStyle(inputs).state?.t).toEqual({ default: inputs.t });
	});
});

describe('font coverage', () => {
	/** Whether a code point falls in one of the CSS unicode-range strings. */
	const covered = (cp: number, ranges: string[]) =>
		ranges.some((r) => {
			const [lo, hi] = r.replace('U+', '').split('-');
			const a = parseInt(lo!, 16);
			const b = hi ? parseInt(hi, 16) : a;
			return cp >= a && cp <= b;
		});

	it('buildStyle() font-faces cover every character of every place label, so no system font is used', async () => {
		const { readFileSync } = await import('node:fs');
		const places = JSON.parse(readFileSync('data/places.geojson', 'utf8')) as {
			features: { properties: { name: string } }[];
		};
		const faces = buildStyle(inputs)['font-faces']![FONT] as { 'unicode-range'?: string[] }[];
		const ranges = faces.flatMap((f) => f['unicode-range'] ?? []);
		const text = places.features.map((f) => f.properties.name).join('') + 'JM2025 zone Aug 2022';
		const missing = [...text].filter((ch) => !covered(ch.codePointAt(0)!, ranges));
		expect(missing).toEqual([]);
	});
});
