import { describe, expect, it } from 'vitest';
import { sliderScale, sliderTicks } from '../../../../src/lib/core/time/sliderScale';

const domain: [number, number] = [Date.UTC(2025, 10, 6), Date.UTC(2026, 0, 5)];

describe('sliderScale()', () => {
	it('sliderScale(domain, width) puts the span start at 0 and the end at width', () => {
		const s = sliderScale(domain, 600);
		expect(s(new Date(domain[0]))).toBe(0);
		expect(s(new Date(domain[1]))).toBe(600);
	});

	it('sliderScale().invert() returns exact UTC times', () => {
		const s = sliderScale([Date.UTC(2025, 11, 1), Date.UTC(2025, 11, 11)], 1000);
		expect(s.invert(500).getTime()).toBe(Date.UTC(2025, 11, 6));
	});

	it('sliderScale() clamps positions outside the track to the span', () => {
		const s = sliderScale(domain, 600);
		expect(s.invert(-50).getTime()).toBe(domain[0]);
		expect(s.invert(9999).getTime()).toBe(domain[1]);
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
});
