import { describe, expect, it } from 'vitest';
import { Timeline, type Clock, type TimelineEvent } from '../../../src/lib/state/Timeline.svelte';

const DAY = 86_400_000;
const ev = (id: string, ts: number, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
	id,
	ts,
	name: id,
	category: 'diplomatic',
	time: new Date(ts).toISOString(),
	time_precision: 'day',
	...extra
});
const events = [
	ev('remark', Date.UTC(2025, 10, 7)),
	ev('live-fire', Date.UTC(2025, 11, 30, 0)),
	ev('calls', Date.UTC(2026, 0, 2))
];

/** A clock driven by hand: `advance(ms)` moves time and runs the pending frame. */
function manualClock() {
	let now = 0;
	let pending: (() => void) | null = null;
	const clock: Clock = {
		now: () => now,
		requestFrame: (fn) => {
			pending = fn;
			return 1;
		},
		cancelFrame: () => {
			pending = null;
		}
	};
	return {
		clock,
		advance(ms: number) {
			now += ms;
			const fn = pending;
			pending = null;
			fn?.();
		}
	};
}

describe('Timeline', () => {
	it('setEvents() sets the span and clamps the time into it', () => {
		const tl = new Timeline(0);
		tl.setEvents(events);
		expect(tl.domain).toEqual([Date.UTC(2025, 10, 6), Date.UTC(2026, 0, 5)]);
		expect(tl.t).toBe(Date.UTC(2025, 10, 6));
	});

	it('setEvents([]) keeps a span around the starting time', () => {
		const start = Date.UTC(2025, 11, 30);
		const tl = new Timeline(start);
		tl.setEvents([]);
		expect(tl.t).toBe(start);
		expect(tl.domain[0]).toBeLessThan(start);
		expect(tl.domain[1]).toBeGreaterThan(start);
	});

	it('visible follows the time in cumulative mode', () => {
		const tl = new Timeline(Date.UTC(2025, 11, 30, 0));
		tl.setEvents(events);
		expect(tl.visible.map((e) => e.id)).toEqual(['remark', 'live-fire']);
		tl.setTime(Date.UTC(2026, 0, 3));
		expect(tl.visible.map((e) => e.id)).toEqual(['remark', 'live-fire', 'calls']);
	});

	it('visible keeps only the moving window in window mode', () => {
		const tl = new Timeline(Date.UTC(2026, 0, 3));
		tl.setEvents(events);
		tl.mode = 'window';
		tl.windowMs = 7 * DAY;
		expect(tl.visible.map((e) => e.id)).toEqual(['live-fire', 'calls']);
	});

	it('stepEvent(1) and stepEvent(-1) jump between events', () => {
		const tl = new Timeline(Date.UTC(2025, 11, 1));
		tl.setEvents(events);
		expect(tl.stepEvent(1)?.id).toBe('live-fire');
		expect(tl.t).toBe(Date.UTC(2025, 11, 30, 0));
		expect(tl.stepEvent(-1)?.id).toBe('remark');
	});

	it('play() advances time by speed per second and pause() stops it', () => {
		const { clock, advance } = manualClock();
		const tl = new Timeline(Date.UTC(2025, 10, 10), clock);
		tl.setEvents(events);
		tl.speed = DAY;
		tl.play();
		advance(500);
		expect(tl.t).toBe(Date.UTC(2025, 10, 10, 12));
		tl.pause();
		advance(500);
		expect(tl.t).toBe(Date.UTC(2025, 10, 10, 12));
		expect(tl.playing).toBe(false);
	});

	it('play() with stepped motion jumps once per second instead of gliding', () => {
		const { clock, advance } = manualClock();
		const tl = new Timeline(Date.UTC(2025, 10, 10), clock);
		tl.setEvents(events);
		tl.speed = DAY;
		tl.stepped = true;
		tl.play();
		advance(600);
		expect(tl.t).toBe(Date.UTC(2025, 10, 10));
		advance(400);
		expect(tl.t).toBe(Date.UTC(2025, 10, 11));
	});

	it('play() stops at the end of the span', () => {
		const { clock, advance } = manualClock();
		const tl = new Timeline(Date.UTC(2026, 0, 4), clock);
		tl.setEvents(events);
		tl.speed = 3 * DAY;
		tl.play();
		advance(1000);
		expect(tl.t).toBe(tl.domain[1]);
		expect(tl.playing).toBe(false);
	});
});
