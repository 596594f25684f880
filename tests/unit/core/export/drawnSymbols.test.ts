import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { drawnSymbols } from '../../../../src/lib/core/export/drawnSymbols';
import type { Bounds } from '../../../../src/lib/core/geo/bboxOf';

const point = (lng: number, lat: number, properties: Record<string, unknown>): Feature => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [lng, lat] },
	properties
});
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const STRAIT: Bounds = [
	[117, 20],
	[124, 27]
];
const T = Date.UTC(2025, 11, 30);

describe('drawnSymbols', () => {
	it('drawnSymbols() keeps the symbols of features inside the frame only', () => {
		const places = fc(
			point(121.5, 25, { kind: 'capital', precision: 'exact' }),
			point(139.7, 35.7, { kind: 'port', precision: 'exact' })
		);
		const ids = drawnSymbols({ places }, [{ t: T, windowMs: 0 }], ['places'], STRAIT);
		expect([...ids]).toEqual(['capital']);
	});

	it('drawnSymbols() leaves out events not yet drawn at any frame time', () => {
		const events = fc(
			point(120, 24, { ts: T - 1000, category: 'military', precision: 'exact' }),
			point(120, 24, { ts: T + 1000, category: 'economic', precision: 'exact' })
		);
		const ids = drawnSymbols({ events }, [{ t: T, windowMs: 0 }], ['events'], STRAIT);
		expect([...ids]).toEqual(['event-military']);
	});

	it('drawnSymbols() counts an event drawn at any of a video’s frame times', () => {
		const events = fc(point(120, 24, { ts: T + 1000, category: 'economic', precision: 'exact' }));
		const states = [
			{ t: T, windowMs: 0 },
			{ t: T + 2000, windowMs: 0 }
		];
		expect(drawnSymbols({ events }, states, ['events'], STRAIT).has('event-economic')).toBe(true);
	});

	it('drawnSymbols() skips the groups that are hidden', () => {
		const places = fc(point(121.5, 25, { kind: 'capital', precision: 'exact' }));
		expect(drawnSymbols({ places }, [{ t: T, windowMs: 0 }], ['events'], STRAIT).size).toBe(0);
	});
});
