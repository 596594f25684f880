import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sliderScale, sliderTicks } from '../../../../src/lib/core/time/sliderScale';

const domain: [number, number] = [Date.UTC(2025, 10, 6), Date.UTC(2026, 0, 5)];

/** The d3 scale the slider used to be built on: the reference its numbers must keep to. */
const d3Scale = (d: readonly [number, number], width: number) =>
	scaleUtc()
		.domain([new Date(d[0]), new Date(d[1])])
		.range([0, Math.max(1, width)])
		.clamp(true);

const spans = fc
	.tuple(
		fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
		fc.integer({ min: 60_000, max: 400 * 86_400_000 })
	)
	.map(([t0, len]): [number, number] => [t0, t0 + len]);

describe('sliderScale()', () => {
	it('sliderScale(domain, width) puts the span start at 0 and the end at width', () => {
		const s = sliderScale(domain, 600);
		expect(s(domain[0])).toBe(0);
		expect(s(domain[1])).toBe(600);
	});

	it('sliderScale().invert() returns exact UTC times', () => {
		const s = sliderScale([Date.UTC(2025, 11, 1), Date.UTC(2025, 11, 11)], 1000);
		expect(s.invert(500)).toBe(Date.UTC(2025, 11, 6));
	});

	it('sliderScale() clamps positions outside the track to the span', () => {
		const s = sliderScale(domain, 600);
		expect(s.invert(-50)).toBe(domain[0]);
		expect(s.invert(9999)).toBe(domain[1]);
		expect(s(domain[0] - 86_400_000)).toBe(0);
		expect(s(domain[1] + 86_400_000)).toBe(600);
	});

	it("sliderScale() gives the positions of d3's clamped scaleUtc", () => {
		fc.assert(
			fc.property(
				spans,
				fc.integer({ min: 0, max: 4000 }),
				fc.double({ min: -0.2, max: 1.2, noNaN: true }),
				(d, width, f) => {
					const t = Math.round(d[0] + f * (d[1] - d[0]));
					expect(sliderScale(d, width)(t)).toBeCloseTo(d3Scale(d, width)(new Date(t)), 9);
				}
			),
			{ numRuns: 2000 }
		);
	});

	it("sliderScale().invert() gives the times of d3's clamped scaleUtc", () => {
		fc.assert(
			fc.property(
				spans,
				fc.integer({ min: 1, max: 4000 }),
				fc.double({ min: -100, max: 4100, noNaN: true }),
				(d, width, px) => {
					expect(sliderScale(d, width).invert(px)).toBe(d3Scale(d, width).invert(px).getTime());
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('sliderTicks()', () => {
	it('sliderTicks() returns UTC midnights inside the span', () => {
		const ticks = sliderTicks(domain, 900);
		expect(ticks.length).toBeGreaterThan(3);
		for (const t of ticks) {
			expect(t % 86_400_000).toBe(0);
			expect(t).toBeGreaterThanOrEqual(domain[0]);
			expect(t).toBeLessThanOrEqual(domain[1]);
		}
	});

	it('sliderTicks() gives fewer ticks to a narrow track', () => {
		expect(sliderTicks(domain, 300).length).toBeLessThan(sliderTicks(domain, 1200).length);
	});

	it("sliderTicks() gives the ticks of d3's scaleUtc", () => {
		fc.assert(
			fc.property(spans, fc.integer({ min: 0, max: 4000 }), (d, width) => {
				const count = Math.max(2, Math.floor(width / 90));
				const ticks = d3Scale(d, width)
					.ticks(count)
					.map((x) => x.getTime());
				expect(sliderTicks(d, width)).toEqual(ticks);
			})
		);
	});
});
