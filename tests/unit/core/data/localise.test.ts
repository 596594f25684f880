import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	localiseActors,
	localiseCollection,
	localiseExercises,
	translationReport
} from '../../../../src/lib/core/data/localise';
import type { TranslationFile } from '../../../../src/lib/core/data/translationSchema';

const places: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { id: 'taipei', name: 'Taipei', precision_note: 'a gazetteer point' },
			geometry: { type: 'Point', coordinates: [121.5, 25] }
		},
		{
			type: 'Feature',
			properties: { id: 'port-mailiao', name: 'Port of Mailiao' },
			geometry: { type: 'Point', coordinates: [120.2, 23.8] }
		}
	]
};

const translation: TranslationFile = {
	lang: 'zh-Hant',
	sources: {},
	features: {
		'places.geojson': { taipei: { name: '臺北' } },
		'events.geojson': { e1: { 'correction.text': '更正' } },
		'exercises.json': { jm2025: { name: '正義使命-2025' } }
	}
};

describe('localiseCollection()', () => {
	it('localiseCollection() replaces translated fields', () => {
		const out = localiseCollection(places, 'places.geojson', translation);
		expect(out.features[0]?.properties?.name).toBe('臺北');
	});

	it('localiseCollection() keeps English where a field has no translation', () => {
		const out = localiseCollection(places, 'places.geojson', translation);
		expect([
			out.features[0]?.properties?.precision_note,
			out.features[1]?.properties?.name
		]).toEqual(['a gazetteer point', 'Port of Mailiao']);
	});

	it('localiseCollection() leaves the English collection untouched', () => {
		localiseCollection(places, 'places.geojson', translation);
		expect(places.features[0]?.properties?.name).toBe('Taipei');
	});

	it('localiseCollection(c, file, null) returns the collection as it is', () => {
		expect(localiseCollection(places, 'places.geojson', null)).toBe(places);
	});

	it('localiseCollection() translates a correction and keeps its sources', () => {
		const events: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'e1', name: 'E', correction: { text: 'Fix', sources: [1] } },
					geometry: { type: 'Point', coordinates: [0, 0] }
				}
			]
		};
		const out = localiseCollection(events, 'events.geojson', translation);
		expect(out.features[0]?.properties?.correction).toEqual({ text: '更正', sources: [1] });
	});

	it("localiseCollection() names an event's actors from the file's actor names", () => {
		const events: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'e2', name: 'E', actors: ['Donald Trump', 'G20'] },
					geometry: { type: 'Point', coordinates: [0, 0] }
				}
			]
		};
		const out = localiseCollection(events, 'events.geojson', {
			...translation,
			actors: { 'Donald Trump': '川普' }
		});
		expect(out.features[0]?.properties?.actors).toEqual(['川普', 'G20']);
	});
});

describe('localiseActors()', () => {
	it('localiseActors() keeps the English name of an actor without a translation', () => {
		expect(localiseActors(['Xi Jinping', 'Japan'], { Japan: '日本' })).toEqual([
			'Xi Jinping',
			'日本'
		]);
	});
});

describe('localiseExercises()', () => {
	it('localiseExercises() translates exercise names', () => {
		const out = localiseExercises([{ id: 'jm2025', name: 'Justice Mission 2025' }], translation);
		expect(out[0]?.name).toBe('正義使命-2025');
	});
});

describe('translationReport()', () => {
	const english = {
		'places.geojson': places.features.map((f) => f.properties ?? {}),
		'events.geojson': [{ id: 'e1', name: 'E', actors: ['Japan', 'G20'] }]
	};

	it('translationReport() lists untranslated English texts', () => {
		expect(translationReport(english, translation).missing).toEqual([
			'actors/G20',
			'actors/Japan',
			'events.geojson/e1/name',
			'places.geojson/taipei/precision_note',
			'places.geojson/port-mailiao/name'
		]);
	});

	it('translationReport() lists ids the English data lacks', () => {
		expect(translationReport(english, translation).unknown).toEqual(['exercises.json/jm2025']);
	});

	it('translationReport() lists actor names the events do not have, and those untranslated', () => {
		const t = { ...translation, actors: { Japan: '日本', Nobody: '無人' } };
		const report = translationReport(english, t);
		expect([report.missing[0], report.unknown]).toEqual([
			'actors/G20',
			['actors/Nobody', 'exercises.json/jm2025']
		]);
	});

	it('translationReport() lists translations of fields empty in English', () => {
		expect(translationReport(english, translation).extra).toEqual([
			'events.geojson/e1/correction.text'
		]);
	});
});
