import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { AppState } from '../../../src/lib/state/AppState.svelte';
import { Imports } from '../../../src/lib/state/Imports.svelte';
import { fakeBackend } from './fakeImportBackend';
import type { LoadResult } from '../../../src/lib/core/data/loadResult';
import type { StoryFile } from '../../../src/lib/core/data/storySchema';
import type { TranslationFile } from '../../../src/lib/core/data/translationSchema';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 11, 1);

const point = (id: string, ts: number, lng = 121, extra = {}) => ({
	type: 'Feature' as const,
	properties: {
		id,
		ts,
		name: id,
		category: 'military',
		time: new Date(ts).toISOString(),
		time_precision: 'minute',
		...extra
	},
	geometry: { type: 'Point' as const, coordinates: [lng, 24] }
});

const story: FeatureCollection = {
	type: 'FeatureCollection',
	features: [point('a', T0), point('b', T0 + 10 * DAY), point('c', T0 + 20 * DAY, -77)]
};

const loaded = (): LoadResult => ({ collections: { events: story }, exercises: null, issues: [] });

/** An app state with the story loaded. */
function app(): AppState {
	const a = new AppState();
	a.receive(loaded());
	return a;
}

describe('AppState', () => {
	it('setLanguage() puts the open story, its captions and glossary, into that language', async () => {
		const file = JSON.parse(readFileSync('data/story.json', 'utf8')) as StoryFile;
		const ja = JSON.parse(readFileSync('data/i18n/ja.json', 'utf8')) as TranslationFile;
		const a = app();
		a.storyLoader = () => Promise.resolve(file);
		a.translationLoader = (lang) => Promise.resolve(lang === 'ja' ? ja : null);
		await a.openStory('live-fire');
		expect(a.story.current?.caption).toBe(file.steps.find((s) => s.id === 'live-fire')!.caption);
		await a.setLanguage('ja');
		expect(a.story.current?.caption).toBe(ja.story!.steps!['live-fire']);
		expect(a.story.terms.map((t) => t.term)).toEqual(['実弾射撃', '海里']);
		await a.setLanguage('en');
		expect(a.story.story?.title).toBe(file.title);
	});

	it('applyLink() sets time, layers, comparison and camera from a link', () => {
		const a = app();
		a.applyLink(
			{ t: T0 + DAY, layers: ['events'], compare: true, map: { zoom: 7, lat: 24, lng: 121 } },
			'#t=…'
		);
		expect(a.timeline.t).toBe(T0 + DAY);
		expect(a.layers.on).toEqual(['events']);
		expect(a.compare).toBe(true);
		expect(a.cameraRequest).toMatchObject({ kind: 'jump', view: { zoom: 7, lat: 24, lng: 121 } });
	});

	it('applyLink() gives the parts a link leaves out their defaults, as if opened afresh', () => {
		const a = app();
		a.compare = true;
		a.layers.setOn(['events']);
		a.applyLink({ t: T0 }, '#t=2025-12-01T00:00:00Z');
		expect(a.compare).toBe(false);
		expect(a.layers.on).toHaveLength(5);
	});

	it('applyLink() keeps the current state for a field the link got wrong, and names it', () => {
		const a = app();
		a.compare = true;
		a.applyLink({}, '#compare=maybe');
		expect(a.compare).toBe(true);
		expect(a.linkIssues.map((i) => i.field)).toEqual(['compare']);
	});

	it('applyLink() waits for the data to choose the event a link names', () => {
		const a = new AppState();
		a.applyLink({ event: 'b' }, '#event=b');
		expect(a.selection.current).toBeNull();
		a.receive(loaded());
		expect(a.selection.current).toEqual({ source: 'events', id: 'b' });
		expect(a.timeline.t).toBe(T0 + 10 * DAY);
	});

	it('chooseEvent() sets the time, selects the event and asks the camera to reveal it', () => {
		const a = app();
		a.chooseEvent('c');
		expect(a.timeline.t).toBe(T0 + 20 * DAY);
		expect(a.selectedEvent).toBe('c');
		expect(a.cameraRequest).toMatchObject({ kind: 'reveal', point: [-77, 24] });
	});

	it('chooseEvent() with push marks the next URL write as a history entry, once', () => {
		const a = app();
		a.chooseEvent('b', { push: true });
		expect(a.takePush()).toBe(true);
		expect(a.takePush()).toBe(false);
	});

	it('drawEvents() feeds the map plan, the list and the lookup with the scripted set', () => {
		const a = app();
		const big: FeatureCollection = {
			type: 'FeatureCollection',
			features: Array.from({ length: 6_000 }, (_, i) => point(`s${i}`, T0 + i * 60_000))
		};
		a.drawEvents(big);
		expect(a.eventPlan.parts.length).toBe(2);
		expect(a.timeline.events).toHaveLength(6_000);
		expect(a.find('events', 's5999')).toBeDefined();
		a.drawEvents(null);
		expect(a.eventPlan.parts).toEqual([story]);
	});

	it('drawEvents() rejects anything but a FeatureCollection', () => {
		expect(() => app().drawEvents({} as FeatureCollection)).toThrow(TypeError);
	});

	it('sceneAt() gives each event chunk the time asked for, not the time on screen', () => {
		const a = app();
		a.drawEvents({
			type: 'FeatureCollection',
			features: Array.from({ length: 6_000 }, (_, i) => point(`s${i}`, T0 + i * 60_000))
		});
		a.timeline.setTime(T0);
		const later = T0 + 5_500 * 60_000;
		expect(a.sceneAt(later).globalState?.['events-t-1']).toBe(later);
		expect(a.sceneAt().globalState?.['events-t-1']).not.toBe(later);
	});

	it('urlHash holds the comparison overlay and the selected event', () => {
		const a = app();
		a.compare = true;
		a.chooseEvent('a');
		expect(a.urlHash).toContain('compare=1');
		expect(a.urlHash).toContain('event=a');
	});

	it('pick() opens the phone sheet when a feature is picked on a phone', () => {
		const a = app();
		a.screen = { width: 390, height: 844, obstacles: [] };
		a.panelOpen = false;
		a.pick({ source: 'events', id: 'a' }, [121, 24]);
		expect(a.panelOpen).toBe(true);
	});

	it('escape() leaves the measuring tool first, then closes the detail', () => {
		const a = app();
		a.chooseEvent('a');
		a.measure.toggle();
		a.escape();
		expect(a.measure.active).toBe(false);
		expect(a.selection.current).not.toBeNull();
		a.escape();
		expect(a.selection.current).toBeNull();
	});

	it('importZoneCounts counts each imported dataset’s points inside each drill zone', async () => {
		const a = new AppState();
		const zone = {
			type: 'Feature' as const,
			properties: { id: 'z1', name: 'Zone 1' },
			geometry: {
				type: 'Polygon' as const,
				coordinates: [
					[
						[120, 23],
						[121, 23],
						[121, 24],
						[120, 24],
						[120, 23]
					]
				]
			}
		};
		a.receive({
			collections: {
				events: story,
				'drill-zones': { type: 'FeatureCollection', features: [zone] }
			},
			exercises: null,
			issues: []
		});
		a.imports = new Imports(fakeBackend().backend);
		await a.imports.importData('lat,lon\n23.5,120.5\n25,122\n23.2,120.9\n', { name: 'mine' });
		expect(a.importZoneCounts).toEqual([]); // counted a zone per task, from now
		await expect.poll(() => a.importZoneCounts.length).toBe(1);
		expect(a.importZoneCounts).toEqual([
			{
				id: a.imports.layers[0]!.id,
				name: 'mine',
				total: 3,
				zones: [{ id: 'z1', label: 'Zone 1', count: 2 }]
			}
		]);
	});
});
