import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PACE,
	playPosition,
	playSchedule,
	travelMs
} from '../../../../src/lib/core/time/playSchedule';

const DAY = 86_400_000;
const ev = (id: string, iso: string) => ({ id, ts: Date.parse(iso) });
/** The story's November to January events, the drill days included (two share 31 Dec). */
const story = [
	ev('remark', '2025-11-07T00:00:00+09:00'),
	ev('arms', '2025-12-17T00:00:00-05:00'),
	ev('begins', '2025-12-29T00:00:00+08:00'),
	ev('fire', '2025-12-30T08:00:00+08:00'),
	ev('complete', '2025-12-31T00:00:00+08:00'),
	ev('address', '2025-12-31T00:00:00+08:00'),
	ev('calls', '2026-01-02T00:00:00+09:00')
];
const from = story[0]!.ts - DAY;
const to = story.at(-1)!.ts + 3 * DAY;
const total = (frames: { travelMs: number; holdMs: number }[]) =>
	frames.reduce((s, f) => s + f.travelMs + f.holdMs, 0);

describe('playSchedule()', () => {
	it('playSchedule() stops at every event, ties as separate stops, then at the end', () => {
		const frames = playSchedule(story, from, to);
		expect(frames.map((f) => f.event)).toEqual([0, 1, 2, 3, 4, 5, 6, null]);
		expect(frames.at(-1)!.t).toBe(to);
	});

	it('playSchedule() holds at each event and moves to a tie in no time', () => {
		const frames = playSchedule(story, from, to);
		expect(frames.slice(0, -1).every((f) => f.holdMs === DEFAULT_PACE.holdMs)).toBe(true);
		expect(frames[5]!.travelMs).toBe(0);
	});

	it('playSchedule() compresses a gap of weeks below the cap', () => {
		const frames = playSchedule(story, from, to);
		expect(frames[1]!.travelMs).toBe(DEFAULT_PACE.maxTravelMs);
	});

	it('playSchedule() gives the drill days at least a second each, pause included', () => {
		const frames = playSchedule(story, from, to);
		const drill = frames.slice(2, 5);
		for (const f of drill) expect(f.travelMs + f.holdMs).toBeGreaterThanOrEqual(1000);
	});

	it('playSchedule() plays the whole story in well under a minute', () => {
		expect(total(playSchedule(story, from, to))).toBeLessThan(30_000);
	});

	it('playSchedule() starts after the event given, so a tie with it still gets a stop', () => {
		const frames = playSchedule(story, story[4]!.ts, to, { after: 4 });
		expect(frames.map((f) => f.event)).toEqual([5, 6, null]);
	});

	it('playSchedule() with no after option starts after the last event at the start time', () => {
		const frames = playSchedule(story, story[4]!.ts, to);
		expect(frames.map((f) => f.event)).toEqual([6, null]);
	});

	it('playSchedule() scales every duration', () => {
		const normal = playSchedule(story, from, to);
		const slow = playSchedule(story, from, to, { scale: 2 });
		expect(total(slow)).toBeCloseTo(2 * total(normal), -1);
	});
});

describe('travelMs()', () => {
	it('travelMs() is zero for no gap and grows with the gap up to the cap', () => {
		expect(travelMs(0)).toBe(0);
		expect(travelMs(DAY)).toBeGreaterThan(travelMs(DAY / 4));
		expect(travelMs(60 * DAY)).toBe(DEFAULT_PACE.maxTravelMs);
	});
});

describe('playPosition()', () => {
	const frames = playSchedule(story, from, to);
	const first = frames[0]!;

	it('playPosition() glides linearly during a move', () => {
		const half = playPosition(frames, from, first.travelMs / 2);
		expect(half.t).toBeCloseTo((from + first.t) / 2, -3);
		expect(half.event).toBeNull();
	});

	it('playPosition() holds at an event for its pause', () => {
		const held = playPosition(frames, from, first.travelMs + first.holdMs - 1);
		expect(held).toEqual({ t: first.t, event: 0, done: false });
	});

	it('playPosition() with stepped motion stays put until the move ends', () => {
		expect(playPosition(frames, from, first.travelMs - 1, true).t).toBe(from);
		expect(playPosition(frames, from, first.travelMs, true).t).toBe(first.t);
	});

	it('playPosition() tells each tied event apart during its pause', () => {
		let clock = 0;
		for (const f of frames.slice(0, 5)) clock += f.travelMs + f.holdMs;
		expect(playPosition(frames, from, clock - 1).event).toBe(4);
		expect(playPosition(frames, from, clock + 1).event).toBe(5);
	});

	it('playPosition() is done at the end of the schedule', () => {
		expect(playPosition(frames, from, total(frames) + 1)).toEqual({ t: to, event: 6, done: true });
	});
});
