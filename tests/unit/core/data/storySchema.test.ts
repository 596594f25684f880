import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { StorySchema, type StoryFile } from '../../../../src/lib/core/data/storySchema';

const read = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8'));
const story = read('story.json') as StoryFile;
const ids = (file: string) =>
	new Set<string>(
		(read(file) as { features: { properties: { id: string } }[] }).features.map(
			(f) => f.properties.id
		)
	);
const issues = (input: unknown) =>
	(v.safeParse(StorySchema, input).issues ?? []).map((i) => i.message);

describe('StorySchema', () => {
	it('StorySchema accepts data/story.json', () => {
		expect(issues(story)).toEqual([]);
	});

	it('StorySchema rejects a step with both an event and a time', () => {
		const bad = structuredClone(story);
		bad.steps[0]!.time = '2025-12-30T08:00:00+08:00';
		expect(issues(bad).join()).toMatch(/either an event or a time/);
	});

	it('StorySchema rejects a camera that is not defined', () => {
		const bad = structuredClone(story);
		bad.steps[0]!.camera = 'nowhere';
		expect(issues(bad).join()).toMatch(/camera/);
	});

	it('StorySchema rejects a duplicate step id', () => {
		const bad = structuredClone(story);
		bad.steps[1]!.id = bad.steps[0]!.id;
		expect(issues(bad).join()).toMatch(/unique/);
	});

	it('StorySchema rejects a glossary id with no entry', () => {
		const bad = structuredClone(story);
		bad.steps[0]!.glossary = ['jargon'];
		expect(issues(bad).join()).toMatch(/glossary/);
	});

	it('StorySchema rejects HTML in a caption', () => {
		const bad = structuredClone(story);
		bad.steps[0]!.caption = 'See <b>this</b>';
		expect(issues(bad).length).toBeGreaterThan(0);
	});
});

describe('data/story.json', () => {
	it('data/story.json names only events in data/events.geojson', () => {
		const events = ids('events.geojson');
		for (const s of story.steps) if (s.event) expect(events.has(s.event), s.event).toBe(true);
	});

	it('data/story.json insets only places in data/places.geojson', () => {
		const places = ids('places.geojson');
		for (const s of story.steps) if (s.inset) expect(places.has(s.inset), s.inset).toBe(true);
	});

	it('data/story.json follows the events in time order', () => {
		const events = read('events.geojson') as {
			features: { properties: { id: string; time: string } }[];
		};
		const time = (s: StoryFile['steps'][number]) =>
			Date.parse(
				s.time ?? events.features.find((f) => f.properties.id === s.event)!.properties.time
			);
		const times = story.steps.map(time);
		expect([...times].sort((a, b) => a - b)).toEqual(times);
	});

	it('data/story.json keeps the strait in every camera', () => {
		// Taipei and the middle of the median line (27N 122E to 23N 118E) inside every camera.
		for (const { bounds } of Object.values(story.cameras)) {
			for (const [x, y] of [
				[121.568333, 25.035833],
				[120, 25]
			]) {
				expect(
					x! > bounds[0][0] && x! < bounds[1][0] && y! > bounds[0][1] && y! < bounds[1][1]
				).toBe(true);
			}
		}
	});

	it('data/story.json explains ADIZ, median line, nautical mile and live fire', () => {
		const terms = story.glossary.map((g) => g.id);
		expect(terms).toEqual(
			expect.arrayContaining(['adiz', 'median-line', 'nautical-mile', 'live-fire'])
		);
	});
});
