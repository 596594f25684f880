import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	importPointRadius,
	mercatorX,
	mercatorY,
	NEVER,
	POINT_STRIDE,
	pointBuffers,
	splitAfter,
	splitTime,
	splitTimeInto,
	startedCount
} from '../../../../src/lib/core/import/pointBuffers';
import { importShownAt } from '../../../../src/lib/core/import/importedFeaturesAt';
import { EVENT_FADE_MS } from '../../../../src/lib/core/style/timeExpressions';

const DAY = 86_400_000;

/** Columnar points from starts (NaN for untimed) and ends (NaN for instants), sorted as imported. */
function points(starts: number[], ends: number[] = starts.map(() => NaN)) {
	const order = starts
		.map((s, i) => i)
		.sort((a, b) => {
			const [x, y] = [starts[a]!, starts[b]!];
			if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
			return Number.isNaN(y) ? -1 : x - y;
		});
	const n = starts.length;
	return {
		count: n,
		lon: Float64Array.from(order, (i) => 119 + i / 100),
		lat: Float64Array.from(order, (i) => 23 + i / 100),
		start: Float64Array.from(order, (i) => starts[i]!),
		end: Float64Array.from(order, (i) => ends[i]!),
		category: Int32Array.from(order, (i) => i % 3)
	};
}

/** The shader's test of point i at t (ImportPointsLayer), in JS: started prefix, then the window. */
function shownOnGpu(p: ReturnType<typeof points>, i: number, t: number, windowMs: number) {
	const b = pointBuffers(p);
	const started = i < startedCount(p.start, b.timed, t) || i >= b.timed;
	if (!started) return false;
	const o = i * POINT_STRIDE;
	const last: [number, number] = [b.vertices[o + 2]!, b.vertices[o + 3]!];
	return windowMs <= 0 || splitAfter(last, splitTime(t - windowMs, b.base));
}

describe('pointBuffers', () => {
	it('pointBuffers writes each point as mercator x, y, split last time and category', () => {
		const p = points([1000, 5000], [NaN, 9000]);
		const b = pointBuffers(p);
		expect(b).toMatchObject({ base: 1000, timed: 2, count: 2 });
		expect([...b.vertices.slice(0, POINT_STRIDE)]).toEqual([
			Math.fround(mercatorX(119)),
			Math.fround(mercatorY(23)),
			0,
			0,
			0
		]);
		expect(b.vertices[POINT_STRIDE + 2]! + b.vertices[POINT_STRIDE + 3]!).toBe(8000);
	});

	it('pointBuffers gives untimed points a last time after every time', () => {
		const b = pointBuffers(points([NaN, 10]));
		expect(b.timed).toBe(1);
		expect(b.vertices[POINT_STRIDE + 2]).toBe(Math.fround(NEVER));
	});
});

describe('splitTimeInto', () => {
	it("splitTimeInto() writes splitTime's pair at the offset, infinite times included", () => {
		const base = Date.UTC(2025, 10, 6);
		const out = new Float32Array(4);
		for (const ms of [base, base + 1, base + 86_400_123, base - 5e12, Infinity, -Infinity]) {
			splitTimeInto(ms, base, out, 2);
			expect([out[2], out[3]]).toEqual(splitTime(ms, base).map(Math.fround));
		}
	});
});

describe('splitTime', () => {
	it('splitTime keeps a time years from its base to the millisecond', () => {
		const base = Date.UTC(2000, 0, 1);
		const t = Date.UTC(2026, 0, 1) + 1;
		const [hi, lo] = splitTime(t, base);
		expect(hi + lo).toBe(t - base);
		expect(Math.fround(hi)).toBe(hi);
		expect(Math.fround(lo)).toBe(lo);
	});
});

describe('startedCount', () => {
	it('startedCount counts the sorted starts up to and including t', () => {
		const start = new Float64Array([1, 2, 2, 5, NaN]);
		expect([0, 1, 2, 4, 5, 9].map((t) => startedCount(start, 4, t))).toEqual([0, 1, 3, 3, 4, 4]);
	});
});

describe('splitAfter', () => {
	it('splitAfter, with startedCount, draws exactly the points importShownAt shows', () => {
		const time = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) });
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(fc.option(time, { nil: NaN }), fc.option(fc.nat(400 * DAY), { nil: NaN })),
					{
						minLength: 1,
						maxLength: 30
					}
				),
				fc.nat(),
				fc.integer({ min: -2, max: 2 }),
				fc.oneof(fc.constantFrom(0, DAY, 7 * DAY), fc.nat(60 * DAY)),
				(rows, pick, nudge, windowMs) => {
					const starts = rows.map(([s]) => s);
					const ends = rows.map(([s, d]) => (Number.isNaN(s) || Number.isNaN(d) ? NaN : s + d));
					const p = points(starts, ends);
					// A time on (or a millisecond beside) a start, an end or a window's edge.
					const i = pick % p.count;
					const anchors = [p.start[i]!, p.end[i]!, p.end[i]! + windowMs, p.start[i]! + windowMs];
					const anchor =
						anchors.find((a, k) => k === pick % 4 && Number.isFinite(a)) ?? Date.UTC(2025, 11, 30);
					const t = anchor + nudge;
					for (let j = 0; j < p.count; j++) {
						expect(shownOnGpu(p, j, t, windowMs)).toBe(
							importShownAt(p.start[j]!, p.end[j]!, t, windowMs)
						);
					}
				}
			)
		);
	});

	it('splitAfter fades a point exactly when its end plus the fade is before t', () => {
		const base = Date.UTC(2025, 0, 1);
		const end = Date.UTC(2025, 11, 29, 8);
		const faded = (t: number) =>
			splitAfter(splitTime(t - EVENT_FADE_MS, base), splitTime(end, base));
		expect(faded(end + EVENT_FADE_MS)).toBe(false);
		expect(faded(end + EVENT_FADE_MS + 1)).toBe(true);
	});
});

describe('importPointRadius', () => {
	it('importPointRadius grows from 2 px at zoom 4 to 4.5 px at zoom 9 and holds beyond', () => {
		expect([2, 4, 6.5, 9, 12].map(importPointRadius)).toEqual([2, 2, 3.25, 4.5, 4.5]);
	});
});
