import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { translationReport } from '../../../../src/lib/core/data/localise';
import type { StoryFile } from '../../../../src/lib/core/data/storySchema';
import { storyTranslationReport } from '../../../../src/lib/core/data/translateStory';
import { TranslationFileSchema } from '../../../../src/lib/core/data/translationSchema';
import { DATA_DIR, readDataFile, readJson } from './loadData';

type Props = Record<string, unknown>;

const props = (file: string): Props[] =>
	(readDataFile(file) as { features: { properties: Props }[] }).features.map((f) => f.properties);

const english = {
	'events.geojson': props('events.geojson'),
	'places.geojson': props('places.geojson'),
	'drill-zones.geojson': props('drill-zones.geojson'),
	'reference.geojson': props('reference.geojson'),
	'exercises.json': (readDataFile('exercises.json') as { exercises: Props[] }).exercises
};

const story = readDataFile('story.json') as StoryFile;

const I18N_DIR = join(DATA_DIR, 'i18n');
const files = readdirSync(I18N_DIR).filter((f) => f.endsWith('.json'));

describe.each(files)('data/i18n/%s', (file) => {
	const json = readJson(join(I18N_DIR, file));
	const parsed = v.safeParse(TranslationFileSchema, json);

	it('validates with the translation schema', () => {
		const issues = parsed.success
			? []
			: parsed.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`);
		expect(issues).toEqual([]);
	});

	it('is named after its language', () => {
		expect(parsed.success && `${parsed.output.lang}.json`).toBe(file);
	});

	it('translates only features the English data has', () => {
		if (!parsed.success) throw new Error('invalid file');
		expect(translationReport(english, parsed.output).unknown).toEqual([]);
	});

	it('translates only fields that have English text', () => {
		if (!parsed.success) throw new Error('invalid file');
		expect(translationReport(english, parsed.output).extra).toEqual([]);
	});

	it('names a source for every translated place name', () => {
		if (!parsed.success) throw new Error('invalid file');
		const named = Object.entries(parsed.output.features['places.geojson'] ?? {})
			.filter(([, t]) => t.name)
			.map(([id]) => `places.geojson/${id}/name`);
		const capitals = new Set(
			english['places.geojson'].filter((p) => p.kind === 'capital').map((p) => p.id)
		);
		// Foreign capitals are common exonyms (北京, 東京 …); Taiwan's own names need a source.
		const needSource = named.filter((k) => !capitals.has(k.split('/')[1]) || k.includes('taipei'));
		expect(needSource.filter((k) => !parsed.output.sources[k])).toEqual([]);
	});

	it('names a source for every translated actor name', () => {
		if (!parsed.success) throw new Error('invalid file');
		const named = Object.keys(parsed.output.actors ?? {}).map((a) => `actors/${a}`);
		expect(named.length).toBeGreaterThan(0);
		expect(named.filter((k) => !parsed.output.sources[k])).toEqual([]);
	});

	it("translates only the story's own steps and glossary entries", () => {
		if (!parsed.success) throw new Error('invalid file');
		expect(storyTranslationReport(story, parsed.output.story).unknown).toEqual([]);
	});

	it('translates every text of the story (title, opening screen, captions, glossary)', () => {
		if (!parsed.success) throw new Error('invalid file');
		expect(storyTranslationReport(story, parsed.output.story).missing).toEqual([]);
	});

	it('reports the missing translations (they fall back to English)', () => {
		if (!parsed.success) throw new Error('invalid file');
		const { missing } = translationReport(english, parsed.output);
		const total = Object.values(english).reduce((n, items) => n + items.length, 0);
		console.log(
			`data/i18n/${file}: ${missing.length} texts not translated (English shown) across ${total} features` +
				(missing.length ? `\n  ${missing.join('\n  ')}` : '')
		);
		// Each entry names an English text that exists: the count is of real fallbacks.
		const actors = new Set(english['events.geojson'].flatMap((p) => p.actors as string[]));
		const exists = (path: string) => {
			if (path.startsWith('actors/')) return actors.has(path.slice('actors/'.length));
			const [f, id, field] = path.split('/') as [keyof typeof english, string, string];
			const p = english[f].find((x) => x.id === id);
			const value =
				field === 'correction.text' ? (p?.correction as Props | undefined)?.text : p?.[field];
			return typeof value === 'string' && value.length > 0;
		};
		expect(missing.filter((m) => !exists(m))).toEqual([]);
	});
});
