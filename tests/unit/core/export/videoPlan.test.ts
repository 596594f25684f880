import { describe, expect, it } from 'vitest';
import { VIDEO_DEFAULTS } from '../../../../src/lib/core/export/presets';
import { videoPlan } from '../../../../src/lib/core/export/videoPlan';

const DAY = 86_400_000;
const START = Date.parse('2025-12-29T00:00:00+08:00');

describe('videoPlan()', () => {
	it('videoPlan() gives 2 s of video per story day by default (29 Dec to 2 Jan: 8 s)', () => {
		const p = videoPlan({ start: VIDEO_DEFAULTS.start, end: VIDEO_DEFAULTS.end, fps: 10 });
		expect([p.frames, p.seconds]).toEqual([80, 8]);
	});
	it('videoPlan() caps the video at 60 s', () => {
		const p = videoPlan({ start: START, end: START + 100 * DAY, fps: 10 });
		expect([p.frames, p.seconds]).toEqual([600, 60]);
	});
	it('videoPlan() puts the first frame at the start and the last at the end, evenly spaced', () => {
		const p = videoPlan({ start: START, end: START + DAY, fps: 10 });
		expect(p.times[0]).toBe(START);
		expect(p.times.at(-1)).toBe(START + DAY);
		const steps = new Set(p.times.slice(1).map((t, i) => Math.round(t - p.times[i]!)));
		expect(steps.size).toBeLessThanOrEqual(2);
	});
	it('videoPlan() always has at least two frames', () => {
		expect(videoPlan({ start: START, end: START + 1000, fps: 10 }).frames).toBe(2);
	});
	it('videoPlan() refuses an end before the start', () => {
		expect(() => videoPlan({ start: START, end: START - 1, fps: 10 })).toThrow(RangeError);
	});
});
