import { describe, expect, it } from 'vitest';
import { featureFilter, createExpression } from '@maplibre/maplibre-gl-style-spec';
import {
	chunkGeoJson,
	importChunks,
	importChunkTimes,
	type ImportChunk
} from '../../../../src/lib/core/import/importChunks';
import {
	importColourExpression,
	importFilterExpression,
	importOpacityExpression
} from '../../../../src/lib/core/import/importExpressions';
import { importText } from '../../../../src/lib/core/import/importText';
import { EVENT_FADE_MS } from '../../../../src/lib/core/style/timeExpressions';

const DAY = 86_400_000;

function points(starts: number[], ends: number[] = starts.map(() => NaN)) {
	return { count: starts.length, start: Float64Array.from(starts), end: Float64Array.from(ends) };
}

/** Whether a point with start s and end e is drawn at `now` with the window, and its opacity. */
function drawn(props: Record<string, number>, now: number, windowMs: number): number | 'hidden' {
	const state = { k: now, windowMs };
	const feature = { type: 1 as const, properties: props, geometry: [] };
	if (!featureFilter(importFilterExpression('k'), 'filter', state).filter({ zoom: 6 }, feature)) {
		return 'hidden';
	}
	const o = createExpression(importOpacityExpression('k', 1, 0.4), 'o', null, state);
	if (o.result !== 'success') throw new Error('opacity expression');
	return o.value.evaluate({ zoom: 6 }, feature) as number;
}

describe('importChunks()', () => {
	it('importChunks() cuts timed points into runs of the chunk size', () => {
		const c = importChunks(points([1, 2, 3, 4, 5]), 'p', 2);
		expect(c.map((x) => [x.key, x.from, x.to])).toEqual([
			['p0', 0, 2],
			['p1', 2, 4],
			['p2', 4, 5]
		]);
	});

	it('importChunks() puts untimed points in chunks without a key', () => {
		const c = importChunks(points([1, 2, NaN]), 'p', 2);
		expect(c.map((x) => x.key)).toEqual(['p0', null]);
	});

	it('importChunks() records the start and end range of each chunk', () => {
		const [c] = importChunks(points([1, 2], [5, NaN]), 'p', 2);
		expect([c!.minStart, c!.maxStart, c!.minEnd, c!.maxEnd]).toEqual([1, 2, 2, 5]);
	});
});

describe('importChunkTimes()', () => {
	const chunk: ImportChunk = {
		key: 'k',
		from: 0,
		to: 2,
		minStart: 10 * DAY,
		maxStart: 11 * DAY,
		minEnd: 11 * DAY,
		maxEnd: 12 * DAY
	};

	it('importChunkTimes() holds a future chunk just before its first start', () => {
		expect(importChunkTimes([chunk], 5 * DAY, 0)).toEqual({ k: 10 * DAY - 1 });
	});

	it('importChunkTimes() lets the chunk the time is in follow the time', () => {
		expect(importChunkTimes([chunk], 11 * DAY, 0)).toEqual({ k: 11 * DAY });
	});

	it('importChunkTimes() holds a fully faded past chunk after its last end plus the fade', () => {
		expect(importChunkTimes([chunk], 40 * DAY, 0)).toEqual({ k: 12 * DAY + EVENT_FADE_MS + 1 });
	});

	it('importChunkTimes() holds a chunk older than the window past its edge', () => {
		expect(importChunkTimes([chunk], 30 * DAY, 7 * DAY)).toEqual({ k: 19 * DAY });
	});

	it('importChunkTimes() skips untimed chunks', () => {
		expect(importChunkTimes([{ ...chunk, key: null }], 0, 0)).toEqual({});
	});

	it('importChunkTimes() draws every point as the real time would', () => {
		const s = [10, 10.5, 11, 11.5].map((d) => d * DAY);
		const e = [10, 12, 11, 11.5].map((d) => d * DAY);
		const chunks = importChunks(points(s, e), 'k', 4);
		for (const windowMs of [0, DAY, 7 * DAY]) {
			for (let t = 8 * DAY; t < 30 * DAY; t += DAY / 4) {
				const held = importChunkTimes(chunks, t, windowMs).k0!;
				for (let i = 0; i < 4; i++) {
					const p = { s: s[i]!, e: e[i]! };
					expect(drawn(p, held, windowMs)).toBe(drawn(p, t, windowMs));
				}
			}
		}
	});
});

describe('importFilterExpression()', () => {
	it('importFilterExpression() hides a point before its start', () => {
		expect(drawn({ s: 10, e: 10 }, 9, 0)).toBe('hidden');
	});

	it('importFilterExpression() draws an untimed feature at any time', () => {
		expect(drawn({}, 0, DAY)).toBe(1);
	});

	it('importFilterExpression() keeps an interval in a window while it has not ended', () => {
		expect(drawn({ s: 0, e: 10 * DAY }, 9 * DAY, DAY)).toBe(1);
	});

	it('importFilterExpression() drops an instant older than the window', () => {
		expect(drawn({ s: 0, e: 0 }, 2 * DAY, DAY)).toBe('hidden');
	});
});

describe('importOpacityExpression()', () => {
	it('importOpacityExpression() fades a point EVENT_FADE_MS after its end', () => {
		expect(drawn({ s: 0, e: 0 }, EVENT_FADE_MS + 1, 0)).toBe(0.4);
	});
});

describe('importColourExpression()', () => {
	it('importColourExpression() is the dataset colour when not colouring by category', () => {
		expect(importColourExpression('#0072b2', null)).toBe('#0072b2');
	});

	it('importColourExpression() picks the category colour by index, else the dataset colour', () => {
		const e = createExpression(importColourExpression('#000000', ['#ff0000']), 'c', null, {});
		if (e.result !== 'success') throw new Error('colour expression');
		const colour = (c: number) =>
			String(e.value.evaluate({ zoom: 6 }, { type: 1, properties: { c }, geometry: [] }));
		expect([colour(0), colour(-1)]).toEqual(['#ff0000', '#000000']);
	});
});

describe('chunkGeoJson()', () => {
	it('chunkGeoJson() writes each point with its index, times and category', () => {
		const r = importText('lat,lon,time,type\n24.5,119.8,1767052800,ship', { format: 'csv' });
		const [c] = importChunks(r.points, 'k');
		expect(JSON.parse(chunkGeoJson(r.points, c!)).features[0]).toEqual({
			type: 'Feature',
			id: 0,
			geometry: { type: 'Point', coordinates: [119.8, 24.5] },
			properties: { i: 0, c: 0, s: 1_767_052_800_000, e: 1_767_052_800_000 }
		});
	});

	it('chunkGeoJson() writes no times for an untimed point', () => {
		const r = importText('lat,lon\n24.5,119.8', { format: 'csv' });
		const [c] = importChunks(r.points, 'k');
		expect(JSON.parse(chunkGeoJson(r.points, c!)).features[0].properties).toEqual({ i: 0, c: -1 });
	});
});
