import { describe, it, expect } from 'vitest';
import { normalizeEvents } from '../../../../src/lib/core/data/normalizeEvents';
import { normalizeZones } from '../../../../src/lib/core/data/normalizeZones';
import type {
	DrillZoneCollection,
	EventCollection,
	EventFeature
} from '../../../../src/lib/core/data/schema';
import { validateDataset } from '../../../../src/lib/core/data/validateDataset';
import { readDataFile } from './loadData';

const SOURCE = { url: 'https://example.org/a', title: 'A', publisher: 'P' };

function event(id: string, time: string, end?: string): EventFeature {
	return {
		type: 'Feature',
		properties: {
			id,
			name: id,
			time,
			...(end ? { end } : {}),
			time_precision: 'minute',
			summary: 'S.',
			category: 'diplomatic',
			actors: ['X'],
			place: 'taipei',
			precision: 'approximate',
			sources: [SOURCE]
		},
		geometry: { type: 'Point', coordinates: [121.568333, 25.035833] }
	};
}

const collection = (...features: EventFeature[]): EventCollection => ({
	type: 'FeatureCollection',
	as_of: '2026-11-30',
	features
});

function realZones(): DrillZoneCollection {
	const result = validateDataset('drill-zones.geojson', readDataFile('drill-zones.geojson'));
	if (!result.ok) throw new Error('drill-zones.geojson does not validate');
	return result.data;
}

describe('normalizeEvents()', () => {
	it('normalizeEvents() adds the exact epoch ms of time and end', () => {
		const out = normalizeEvents(
			collection(event('live-fire', '2025-12-30T08:00:00+08:00', '2025-12-30T18:00:00+08:00'))
		);
		expect(out.features[0]?.properties.ts).toBe(1767052800000);
		expect(out.features[0]?.properties.end_ts).toBe(1767088800000);
	});

	it('normalizeEvents() honours negative and positive offsets', () => {
		const out = normalizeEvents(
			collection(
				event('tokyo', '2025-11-07T00:00:00+09:00'),
				event('washington', '2026-01-01T00:00:00-05:00')
			)
		);
		expect(out.features.map((f) => f.properties.ts)).toEqual([1762441200000, 1767243600000]);
	});

	it('normalizeEvents() sets end_ts to null when there is no end', () => {
		const out = normalizeEvents(collection(event('a', '2025-11-07T00:00:00+09:00')));
		expect(out.features[0]?.properties.end_ts).toBeNull();
	});

	it('normalizeEvents() sorts by instant, not by the written local time', () => {
		// 00:00 in Tokyo (15:00 UTC the day before) comes before 00:00 in Beijing (16:00 UTC).
		const out = normalizeEvents(
			collection(
				event('singapore', '2026-01-02T00:00:00+08:00'),
				event('washington', '2026-01-01T00:00:00-05:00'),
				event('tokyo', '2026-01-02T00:00:00+09:00')
			)
		);
		expect(out.features.map((f) => f.properties.id)).toEqual(['washington', 'tokyo', 'singapore']);
	});

	it('normalizeEvents() keeps file order for events at the same instant', () => {
		const out = normalizeEvents(
			collection(event('b', '2026-01-02T00:00:00+09:00'), event('a', '2026-01-02T00:00:00+09:00'))
		);
		expect(out.features.map((f) => f.properties.id)).toEqual(['b', 'a']);
	});

	it('normalizeEvents() puts unparseable times last', () => {
		const out = normalizeEvents(
			collection(event('bad', 'not a time'), event('good', '2026-01-02T00:00:00+09:00'))
		);
		expect(out.features.map((f) => f.properties.id)).toEqual(['good', 'bad']);
		expect(out.features[1]?.properties.ts).toBeNaN();
	});

	it('normalizeEvents() does not mutate its input', () => {
		const input = collection(
			event('later', '2026-01-02T00:00:00+09:00'),
			event('earlier', '2025-11-07T00:00:00+09:00')
		);
		const before = structuredClone(input);
		const out = normalizeEvents(input);
		expect(input).toEqual(before);
		expect(out.features[0]?.properties).not.toBe(input.features[1]?.properties);
		expect(out.features[0]?.geometry).not.toBe(input.features[1]?.geometry);
	});

	it('normalizeEvents() derives future from the as-of date, not from a stored flag', () => {
		const past = event('visit', '2026-03-19T00:00:00-04:00');
		past.properties.future = true;
		const out = normalizeEvents(collection(past, event('g20', '2026-12-14T00:00:00-05:00')));
		expect(out.features.map((f) => [f.properties.id, f.properties.future])).toEqual([
			['visit', false],
			['g20', true]
		]);
		expect(out.features[0]?.properties.as_of).toBe('2026-11-30');
	});

	it('normalizeEvents() keeps the real events file in its written order', () => {
		const result = validateDataset('events.geojson', readDataFile('events.geojson'));
		if (!result.ok) throw new Error('events.geojson does not validate');
		const out = normalizeEvents(result.data);
		expect(out.features.map((f) => f.properties.id)).toEqual(
			result.data.features.map((f) => f.properties.id)
		);
	});
});

describe('normalizeZones()', () => {
	it('normalizeZones() adds the exact epoch ms of announced, start and end', () => {
		const out = normalizeZones(realZones());
		const z1 = out.features.find((f) => f.properties.id === 'jm2025-z1');
		expect(z1?.properties.announced_ts).toBe(1766937600000);
		expect(z1?.properties.start_ts).toBe(1767052800000);
		expect(z1?.properties.end_ts).toBe(1767088800000);
	});

	it('normalizeZones() does not mutate its input', () => {
		const input = realZones();
		const before = structuredClone(input);
		normalizeZones(input);
		expect(input).toEqual(before);
	});
});
