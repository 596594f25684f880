import { describe, it, expect } from 'vitest';
import { DATA_FILES } from '../../../../src/lib/core/data/dataFiles';
import { formatIssue, validateDataset } from '../../../../src/lib/core/data/validateDataset';
import { readDataFile, readFixture } from './loadData';

/** The issues validateDataset() reports for a fixture, without their messages. */
function locate(dir: string, file: string) {
	const result = validateDataset(file, readFixture(dir, file));
	return result.ok ? [] : result.errors;
}

/** A deep copy of a real data file, for editing one field. */
function copyOf(file: string): Record<string, unknown> {
	return structuredClone(readDataFile(file)) as Record<string, unknown>;
}

type Json = Record<string, unknown>;
const features = (fc: Json) => fc.features as Json[];
const props = (f: Json | undefined) => (f?.properties ?? {}) as Json;

describe('validateDataset() on broken fixtures', () => {
	it('validateDataset() rejects an unclosed ring', () => {
		expect(locate('unclosed-ring', 'drill-zones.geojson')).toEqual([
			{
				file: 'drill-zones.geojson',
				feature: 'jm2025-z1',
				field: 'geometry.coordinates[0]',
				message: expect.stringMatching(/not closed/)
			}
		]);
	});

	it('validateDataset() rejects swapped lon/lat', () => {
		expect(locate('swapped-lonlat', 'places.geojson')).toEqual([
			{
				file: 'places.geojson',
				feature: 'taipei',
				field: 'geometry.coordinates',
				message: expect.stringMatching(/swapped/)
			}
		]);
	});

	it('validateDataset() rejects an impossible date', () => {
		expect(locate('bad-date', 'events.geojson')).toEqual([
			{
				file: 'events.geojson',
				feature: 'trump-xi-call',
				field: 'properties.time',
				message: 'not a valid ISO 8601 time'
			}
		]);
	});

	it('validateDataset() rejects an end before the start', () => {
		expect(locate('end-before-start', 'events.geojson')).toEqual([
			{
				file: 'events.geojson',
				feature: 'jm2025-live-fire',
				field: 'properties.end',
				message: expect.stringMatching(/not after/)
			}
		]);
	});

	it('validateDataset() rejects a feature without sources', () => {
		expect(locate('missing-source', 'places.geojson')).toEqual([
			{
				file: 'places.geojson',
				feature: 'kinmen',
				field: 'properties.sources',
				message: 'is required'
			}
		]);
	});

	it('validateDataset() rejects a duplicate id', () => {
		expect(locate('duplicate-id', 'places.geojson')).toEqual([
			{
				file: 'places.geojson',
				feature: 'taipei',
				field: 'properties.id',
				message: expect.stringMatching(/duplicate id "taipei"/)
			}
		]);
	});

	it('validateDataset() rejects HTML in a title', () => {
		expect(locate('html-title', 'events.geojson')).toEqual([
			{
				file: 'events.geojson',
				feature: 'wong-trump-call',
				field: 'properties.name',
				message: 'contains HTML markup'
			}
		]);
	});
});

describe('validateDataset() on edited real data', () => {
	it('validateDataset() rejects a time without an explicit offset', () => {
		const fc = copyOf('events.geojson');
		props(features(fc)[0]).time = '2025-07-22T00:00:00';
		const result = validateDataset('events.geojson', fc);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({
				field: 'properties.time',
				message: expect.stringMatching(/offset/)
			})
		]);
	});

	it('validateDataset() rejects a day-precision time that is not local midnight', () => {
		const fc = copyOf('events.geojson');
		props(features(fc)[0]).time = '2025-07-22T09:30:00-04:00';
		const result = validateDataset('events.geojson', fc);
		expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['properties.time']);
	});

	it('validateDataset() rejects an events file without an as-of date', () => {
		const fc = copyOf('events.geojson') as Record<string, unknown>;
		delete fc.as_of;
		const result = validateDataset('events.geojson', fc);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({
				feature: '',
				field: 'as_of',
				message: expect.stringMatching(/required/)
			})
		]);
	});

	it('validateDataset() rejects an event flagged future that is older than the as-of date', () => {
		const fc = copyOf('events.geojson');
		const visit = features(fc).find((f) => props(f).id === 'takaichi-us-visit-planned');
		props(visit).future = true;
		const result = validateDataset('events.geojson', fc);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({
				feature: 'takaichi-us-visit-planned',
				message: expect.stringMatching(/as-of date 2026-11-30/)
			})
		]);
	});

	it('validateDataset() rejects a past event still named "Planned"', () => {
		const fc = copyOf('events.geojson');
		const visit = features(fc).find((f) => props(f).id === 'takaichi-us-visit-planned');
		props(visit).name = 'Planned: Takaichi visits the United States (spring 2026)';
		const result = validateDataset('events.geojson', fc);
		expect(result.ok ? [] : result.errors.map((e) => e.feature)).toEqual([
			'takaichi-us-visit-planned'
		]);
	});

	it('validateDataset() returns the as-of date with the events', () => {
		const result = validateDataset('events.geojson', copyOf('events.geojson'));
		expect(result.ok ? result.data.as_of : null).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('validateDataset() rejects events that are not sorted by time', () => {
		const fc = copyOf('events.geojson');
		features(fc).reverse();
		const result = validateDataset('events.geojson', fc);
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.errors[0]?.message).toBe('features are not sorted by time');
	});

	it('validateDataset() rejects a clockwise exterior ring', () => {
		const fc = copyOf('drill-zones.geojson');
		const geometry = features(fc)[0]?.geometry as { coordinates: number[][][] };
		geometry.coordinates[0]?.reverse();
		const result = validateDataset('drill-zones.geojson', fc);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({
				feature: 'jm2025-z1',
				field: 'geometry.coordinates[0]',
				message: expect.stringMatching(/clockwise/)
			})
		]);
	});

	it('validateDataset() rejects a zone that ends before it was announced', () => {
		const fc = copyOf('drill-zones.geojson');
		const p = props(features(fc)[0]);
		p.announced = '2025-12-31T00:00:00+08:00';
		const result = validateDataset('drill-zones.geojson', fc);
		expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(
			expect.arrayContaining(['end is not after announced', 'start is before announced'])
		);
	});

	it('validateDataset() rejects an empty sources array', () => {
		const fc = copyOf('places.geojson');
		props(features(fc)[0]).sources = [];
		const result = validateDataset('places.geojson', fc);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({
				feature: 'taipei',
				field: 'properties.sources',
				message: 'needs at least one source'
			})
		]);
	});

	it('validateDataset() rejects a source URL that is not http(s)', () => {
		const fc = copyOf('places.geojson');
		const sources = props(features(fc)[0]).sources as Json[];
		(sources[0] as Json).url = 'javascript:alert(1)';
		const result = validateDataset('places.geojson', fc);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({
				field: 'properties.sources[0].url',
				message: 'must be an http(s) URL'
			})
		]);
	});

	it('validateDataset() rejects HTML in a correction text', () => {
		const fc = copyOf('events.geojson');
		const f = features(fc).find((x) => props(x).id === 'china-travel-advisory-japan');
		(props(f).correction as Json).text = 'It was <i>Japan</i>';
		const result = validateDataset('events.geojson', fc);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({
				field: 'properties.correction.text',
				message: 'contains HTML markup'
			})
		]);
	});

	it('validateDataset() accepts a "<" that is not markup', () => {
		const fc = copyOf('events.geojson');
		props(features(fc)[0]).summary = 'A tariff < 20% and 3 < 4.';
		expect(validateDataset('events.geojson', fc).ok).toBe(true);
	});

	it('validateDataset() rejects a latitude out of range', () => {
		const fc = copyOf('places.geojson');
		const f = features(fc).find((x) => props(x).id === 'washington');
		(f?.geometry as Json).coordinates = [-177.0, 95.0];
		const result = validateDataset('places.geojson', fc);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({
				feature: 'washington',
				field: 'geometry.coordinates',
				message: 'latitude out of range [-90, 90]'
			})
		]);
	});

	it('validateDataset() rejects an unknown property name', () => {
		const fc = copyOf('events.geojson');
		props(features(fc)[0]).end_time = '2025-07-23T00:00:00-04:00';
		const result = validateDataset('events.geojson', fc);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({
				field: 'properties.end_time',
				message: 'unknown property (check the spelling)'
			})
		]);
	});

	it('validateDataset() rejects an exercise whose end is before its start', () => {
		const json = copyOf('exercises.json');
		const first = (json.exercises as Json[])[0] as Json;
		first.end = '2022-08-01';
		const result = validateDataset('exercises.json', json);
		expect(result.ok ? [] : result.errors).toEqual([
			{ file: 'exercises.json', feature: 'aug2022', field: 'end', message: 'end is before start' }
		]);
	});

	it('validateDataset() rejects an unknown file name', () => {
		const result = validateDataset('basemap.geojson', { type: 'FeatureCollection', features: [] });
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({ file: 'basemap.geojson', feature: '', field: '' })
		]);
	});

	it('validateDataset() labels a feature without an id by its index', () => {
		const fc = copyOf('places.geojson');
		delete props(features(fc)[2]).id;
		const result = validateDataset('places.geojson', fc);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.objectContaining({ feature: '#2', field: 'properties.id' })
		]);
	});
});

describe('validateDataset() never throws', () => {
	const cyclic: Json = { type: 'FeatureCollection' };
	cyclic.features = [cyclic];
	const hostile = new Proxy(
		{},
		{
			get() {
				throw new Error('boom');
			},
			has() {
				throw new Error('boom');
			},
			ownKeys() {
				throw new Error('boom');
			}
		}
	);
	let deep: unknown = 1;
	for (let i = 0; i < 10_000; i++) deep = [deep];
	const garbage: unknown[] = [
		null,
		undefined,
		42,
		'x',
		true,
		[],
		{},
		{ type: 'FeatureCollection' },
		{ type: 'FeatureCollection', features: 'nope' },
		{ type: 'FeatureCollection', features: [null, 1, 'x', [], {}, { type: 'Feature' }] },
		{
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: 'nope' } }
			]
		},
		{
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 7, sources: [null] },
					geometry: { type: 'Polygon', coordinates: [[[1]], 5] }
				}
			]
		},
		{ exercises: [null, { id: {}, start: 5 }] },
		{ exercises: {} },
		deep,
		{ type: 'FeatureCollection', features: [deep] },
		cyclic,
		hostile,
		{ type: 'FeatureCollection', features: [hostile] },
		{
			type: 'FeatureCollection',
			features: new Array(20_000).fill({ type: 'Feature', properties: { id: 'a'.repeat(100_000) } })
		},
		'x'.repeat(1_000_000)
	];

	for (const file of [...DATA_FILES, 'unknown.json']) {
		it(`validateDataset() returns errors for garbage as ${file}`, () => {
			for (const json of garbage) {
				const result = validateDataset(file, json);
				expect(result.ok).toBe(false);
				expect(result.ok ? [] : result.errors.length).toBeGreaterThan(0);
			}
		});
	}

	it('validateDataset() caps the number of issues it reports', () => {
		const json = { type: 'FeatureCollection', features: new Array(5_000).fill(null) };
		const result = validateDataset('events.geojson', json);
		expect(result.ok ? 0 : result.errors.length).toBeLessThanOrEqual(501);
	});

	it('validateDataset() does not throw for a non-string file argument', () => {
		const call = () => validateDataset(undefined as unknown as string, null);
		expect(call).not.toThrow();
	});
});

describe('formatIssue()', () => {
	it('formatIssue() names the file, feature and field', () => {
		const text = formatIssue({
			file: 'events.geojson',
			feature: 'trump-xi-call',
			field: 'properties.time',
			message: 'not a valid ISO 8601 time'
		});
		expect(text).toBe(
			'events.geojson: feature "trump-xi-call" (properties.time): not a valid ISO 8601 time'
		);
	});

	it('formatIssue() leaves out an empty feature and field', () => {
		const text = formatIssue({
			file: 'places.geojson',
			feature: '',
			field: '',
			message: 'expected a GeoJSON FeatureCollection object'
		});
		expect(text).toBe('places.geojson: expected a GeoJSON FeatureCollection object');
	});
});
