import type { FeatureCollection } from 'geojson';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import {
	buildStyle,
	sceneEventPlan,
	type StyleInputs
} from '../../../../src/lib/core/style/buildStyle';
import { planEventChunks } from '../../../../src/lib/core/time/planEventChunks';
import { FONT, LAYER_GROUPS, GROUP_LAYERS } from '../../../../src/lib/core/style/ids';
import {
	FONT_STACKS,
	fixedLabelCharacters,
	textFont
} from '../../../../src/lib/core/style/labelText';
import { glyphIds } from './glyphIds';

const inputs: StyleInputs = {
	basemap: {
		world: 'http://127.0.0.1:4173/assets/world.geojson',
		land: 'http://127.0.0.1:4173/assets/land.geojson',
		coastline: 'http://127.0.0.1:4173/assets/coastline.geojson',
		borders: 'http://127.0.0.1:4173/assets/borders.geojson'
	},
	glyphs: 'http://127.0.0.1:4173/glyphs/{fontstack}/{range}.pbf',
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

	it('buildStyle() loads nothing but the URLs it was given (no tiles, sprites or remote glyphs)', () => {
		const style = buildStyle(inputs);
		const given = new Set(Object.values(inputs.basemap));
		const loaded = Object.values(style.sources).flatMap((s) =>
			'data' in s && typeof s.data === 'string' ? [s.data] : []
		);
		expect(loaded.filter((u) => !given.has(u))).toEqual([]);
		expect(loaded.length).toBe(given.size);
		expect(style.glyphs).toBe(inputs.glyphs);
		expect(style.sprite).toBeUndefined();
		expect(Object.values(style.sources).some((s) => 'tiles' in s || 'url' in s)).toBe(false);
	});

	it('buildStyle() sets every text-font to the language-chosen bundled font stacks', () => {
		const style = buildStyle(inputs);
		const fonts = new Set(
			style.layers.flatMap((l) =>
				l.type === 'symbol' ? [JSON.stringify(l.layout?.['text-font'])] : []
			)
		);
		expect([...fonts]).toEqual([JSON.stringify(textFont())]);
		expect(FONT_STACKS.en).toEqual([FONT]);
	});

	it('buildStyle() has the glyphs of every language stack', () => {
		const missing = Object.values(FONT_STACKS)
			.map((stack) => `public/glyphs/${stack.join(',')}/0-255.pbf`)
			.filter((f) => !existsSync(f));
		expect(missing).toEqual([]);
	});

	it('buildStyle() starts the label language in English unless told', () => {
		expect([
			buildStyle(inputs).state?.lang,
			buildStyle({ ...inputs, lang: 'ja' }).state?.lang
		]).toEqual([{ default: 'en' }, { default: 'ja' }]);
	});

	it('buildStyle() draws every layer a toggle controls', () => {
		const ids = new Set(buildStyle(inputs).layers.map((l) => l.id));
		for (const group of LAYER_GROUPS)
			for (const id of GROUP_LAYERS[group]) expect(ids).toContain(id);
	});

	it('buildStyle(inputs, data) puts data that has already arrived inline in its source', () => {
		const events = { type: 'FeatureCollection' as const, features: [] };
		const style = buildStyle(inputs, { data: { events } });
		expect((style.sources.events as { data: unknown }).data).toBe(events);
		expect((style.sources.places as { data: unknown }).data).toEqual({
			type: 'FeatureCollection',
			features: []
		});
	});

	it('buildStyle() starts the time state at the given time', () => {
		expect(buildStyle(inputs).state?.t).toEqual({ default: inputs.t });
	});

	it('buildStyle(inputs, { globalState }) starts every global-state key at its value', () => {
		const style = buildStyle(inputs, { globalState: { t: 5, windowMs: 7, 'events-t-0': 9 } });
		expect(style.state).toEqual({
			lang: { default: 'en' },
			t: { default: 5 },
			windowMs: { default: 7 },
			'events-t-0': { default: 9 }
		});
	});

	it('buildStyle(inputs, { visible }) hides every layer of a group switched off', () => {
		const style = buildStyle(inputs, { visible: ['places'] });
		const visibility = (id: string) =>
			(style.layers.find((l) => l.id === id)?.layout as { visibility?: string })?.visibility;
		for (const id of GROUP_LAYERS['drill-zones']) expect(visibility(id)).toBe('none');
		for (const id of GROUP_LAYERS.places) expect(visibility(id)).toBeUndefined();
	});

	it('buildStyle(inputs, { events: plan }) adds a source and layers per chunk, each reading its key', () => {
		const features = Array.from({ length: 5 }, (_, i) => ({
			type: 'Feature' as const,
			properties: { id: `e${i}`, ts: i },
			geometry: { type: 'Point' as const, coordinates: [121, 24] }
		}));
		const plan = planEventChunks({ type: 'FeatureCollection', features }, 2);
		const style = buildStyle(inputs, { events: plan, visible: [] });
		expect(Object.keys(style.sources)).toEqual(
			expect.arrayContaining(['events', 'events-1', 'events-2'])
		);
		const circle2 = style.layers.find((l) => l.id === 'events-circle-2');
		expect(JSON.stringify((circle2 as { filter?: unknown }).filter)).toContain('events-t-2');
		expect((circle2?.layout as { visibility?: string }).visibility).toBe('none');
	});
});

describe('glyph coverage', () => {
	it('sceneEventPlan() draws a scene without a plan from its events data, whole', () => {
		const events: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					geometry: { type: 'Point', coordinates: [121.5, 25] },
					properties: { id: 'e1', ts: 0 }
				}
			]
		};
		expect(sceneEventPlan({ data: { events } })).toEqual({ chunks: [], parts: [events] });
	});

	it('buildStyle() story event layers read no global-state time, so a step lays out no tile', () => {
		const style = buildStyle(inputs);
		const story = style.layers.filter((l) => 'source' in l && l.source === 'events');
		expect(story.map((l) => l.id).sort()).toEqual([
			'events-circle',
			'events-collision',
			'events-uncertainty'
		]);
		const read = [...JSON.stringify(story).matchAll(/\["global-state","(\w+)"\]/g)].map(
			(m) => m[1]
		);
		expect(read.filter((key) => key !== 'lang')).toEqual([]);
	});

	it('buildStyle() labels use only characters the bundled glyphs hold, so no system font is used', () => {
		const dir = `public/glyphs/${FONT}`;
		const held = new Set(
			readdirSync(dir).flatMap((f) => glyphIds(new Uint8Array(readFileSync(`${dir}/${f}`))))
		);
		const places = JSON.parse(readFileSync('data/places.geojson', 'utf8')) as {
			features: { properties: { name: string } }[];
		};
		const text =
			places.features.map((f) => f.properties.name).join('') + fixedLabelCharacters('en');
		const missing = [...new Set(text)].filter((ch) => !held.has(ch.codePointAt(0)!));
		expect(missing).toEqual([]);
	});
});
