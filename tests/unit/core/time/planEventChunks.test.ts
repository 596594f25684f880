import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { eventPartSource, planEventChunks } from '../../../../src/lib/core/time/planEventChunks';

const events = (tss: number[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features: tss.map((ts, i) => ({
		type: 'Feature',
		properties: { id: `e${i}`, ts },
		geometry: { type: 'Point', coordinates: [121, 24] }
	}))
});

describe('planEventChunks()', () => {
	it('planEventChunks() keeps a small set whole, in one part, with no chunk keys', () => {
		const data = events([3, 1, 2]);
		expect(planEventChunks(data, 5)).toEqual({ chunks: [], parts: [data] });
	});

	it('planEventChunks() sorts a large set by time into parts of at most `size`', () => {
		const plan = planEventChunks(events([5, 1, 4, 2, 3]), 2);
		expect(plan.parts.map((p) => p.features.map((f) => f.properties?.ts))).toEqual([
			[1, 2],
			[3, 4],
			[5]
		]);
	});

	it('planEventChunks() gives each part a key and its time range', () => {
		const plan = planEventChunks(events([5, 1, 4, 2, 3]), 2);
		expect(plan.chunks).toEqual([
			{ key: 'events-t-0', min: 1, max: 2 },
			{ key: 'events-t-1', min: 3, max: 4 },
			{ key: 'events-t-2', min: 5, max: 5 }
		]);
	});
});

describe('eventPartSource()', () => {
	it('eventPartSource() keeps the contract id for the first part and numbers the rest', () => {
		expect([0, 1, 2].map((i) => eventPartSource(i, 'events'))).toEqual([
			'events',
			'events-1',
			'events-2'
		]);
	});
});
