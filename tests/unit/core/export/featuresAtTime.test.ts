import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresAtTime } from '../../../../src/lib/core/export/featuresAtTime';
import { ENDED_ZONE_KEEP_MS } from '../../../../src/lib/core/style/timeExpressions';

const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;

const point = (properties: Record<string, unknown>): Feature => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [121, 24] },
	properties
});
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

const zone = (id: string, exercise: string, announced: string, end: string) =>
	point({
		id,
		exercise,
		announced_ts: at(announced),
		start_ts: at(announced) + DAY,
		end_ts: at(end),
		sources: [{ url: `https://example.org/${id}` }]
	});

const collections = () => ({
	'drill-zones': fc(
		zone('jm-1', 'jm2025', '2025-12-29T00:00:00+08:00', '2025-12-30T18:00:00+08:00'),
		zone('aug-1', 'aug2022', '2022-08-04T00:00:00+08:00', '2022-08-07T12:00:00+08:00')
	),
	events: fc(
		point({ id: 'old', ts: at('2025-11-07T00:00:00+09:00') }),
		point({ id: 'begins', ts: at('2025-12-29T00:00:00+08:00') }),
		point({ id: 'live', ts: at('2025-12-30T08:00:00+08:00') }),
		point({ id: 'later', ts: at('2026-01-02T00:00:00+08:00') })
	),
	places: fc(point({ id: 'taipei' })),
	reference: fc(point({ id: 'median' }))
});

const ids = (r: FeatureCollection, dataset: string) =>
	r.features.filter((f) => f.properties?.dataset === dataset).map((f) => f.properties?.id);
const LIVE = at('2025-12-30T08:00:00+08:00');

describe('featuresAtTime()', () => {
	it('featuresAtTime() keeps the events up to t in cumulative mode', () => {
		expect(ids(featuresAtTime(collections(), { t: LIVE, windowMs: 0 }), 'events')).toEqual([
			'old',
			'begins',
			'live'
		]);
	});
	it('featuresAtTime() keeps only the events after t - windowMs in a moving window', () => {
		const r = featuresAtTime(collections(), { t: LIVE, windowMs: 7 * DAY });
		expect(ids(r, 'events')).toEqual(['begins', 'live']);
	});
	it('featuresAtTime() excludes an event exactly windowMs old, as the map filter does', () => {
		const r = featuresAtTime(collections(), {
			t: at('2025-12-29T00:00:00+08:00') + DAY,
			windowMs: DAY
		});
		expect(ids(r, 'events')).toEqual([]);
	});
	it('featuresAtTime() drops a zone before its announcement', () => {
		const r = featuresAtTime(collections(), { t: at('2025-12-28T23:59:00+08:00'), windowMs: 0 });
		expect(ids(r, 'drill-zones')).toEqual([]);
	});
	it('featuresAtTime() keeps an ended zone until ENDED_ZONE_KEEP_MS after its end', () => {
		const end = at('2025-12-30T18:00:00+08:00');
		const kept = featuresAtTime(collections(), { t: end + ENDED_ZONE_KEEP_MS - 1, windowMs: 0 });
		const gone = featuresAtTime(collections(), { t: end + ENDED_ZONE_KEEP_MS, windowMs: 0 });
		expect(ids(kept, 'drill-zones')).toEqual(['jm-1']);
		expect(ids(gone, 'drill-zones')).toEqual([]);
	});
	it('featuresAtTime() adds the comparison exercise whatever the time when compare is on', () => {
		const r = featuresAtTime(collections(), { t: LIVE, windowMs: 0, compare: true });
		expect(ids(r, 'drill-zones')).toEqual(['jm-1', 'aug-1']);
	});
	it('featuresAtTime() leaves out a comparison zone with no announcement time, as the zone filter does', () => {
		// The filter's time test fails on a missing number and MapLibre then hides the zone.
		const c = collections();
		delete c['drill-zones'].features[1]!.properties!.announced_ts;
		const r = featuresAtTime(c, { t: LIVE, windowMs: 0, compare: true });
		expect(ids(r, 'drill-zones')).toEqual(['jm-1']);
	});
	it('featuresAtTime() leaves out an announced comparison zone with no end time, as the zone filter does', () => {
		const c = collections();
		c['drill-zones'].features[1]!.properties!.end_ts = null;
		const r = featuresAtTime(c, { t: LIVE, windowMs: 0, compare: true });
		expect(ids(r, 'drill-zones')).toEqual(['jm-1']);
	});
	it('featuresAtTime() exports only the layer groups shown', () => {
		const r = featuresAtTime(collections(), { t: LIVE, windowMs: 0 }, ['events', 'places']);
		expect([...new Set(r.features.map((f) => f.properties?.dataset))]).toEqual([
			'places',
			'events'
		]);
	});
	it('featuresAtTime() keeps each feature’s properties and sources', () => {
		const r = featuresAtTime(collections(), { t: LIVE, windowMs: 0 });
		const z = r.features.find((f) => f.properties?.id === 'jm-1')!;
		expect(z.properties).toMatchObject({
			exercise: 'jm2025',
			sources: [{ url: 'https://example.org/jm-1' }],
			dataset: 'drill-zones'
		});
	});
	it('featuresAtTime() records the time, window and attribution on the collection', () => {
		const r = featuresAtTime(collections(), { t: LIVE, windowMs: DAY }, undefined, 'NE (pd)');
		expect(r).toMatchObject({
			type: 'FeatureCollection',
			time: '2025-12-30T00:00:00.000Z',
			window_ms: DAY,
			attribution: 'NE (pd)'
		});
	});
	it('featuresAtTime() does not mutate its input', () => {
		const input = collections();
		const before = structuredClone(input);
		const r = featuresAtTime(input, { t: LIVE, windowMs: 0, compare: true });
		(r.features[0]!.properties as Record<string, unknown>).exercise = 'changed';
		expect(input).toEqual(before);
	});
});
