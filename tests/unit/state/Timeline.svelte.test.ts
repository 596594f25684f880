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

	it('stepEvent() stops on each of two events that share a time, and current follows', () => {
		const tied = [...events.slice(0, 2), ev('address', Date.UTC(2025, 11, 30, 0)), events[2]!];
		const tl = new Timeline(Date.UTC(2025, 11, 1));
		tl.setEvents(tied);
		expect(tl.stepEvent(1)?.id).toBe('live-fire');
		expect(tl.current?.id).toBe('live-fire');
		expect(tl.stepEvent(1)?.id).toBe('address');
		expect(tl.current?.id).toBe('address');
		expect(tl.stepEvent(-1)?.id).toBe('live-fire');
		expect(tl.current?.id).toBe('live-fire');
	});

	it('stepEvent() returns null at the last event and hasNext turns false', () => {
		const tl = new Timeline(Date.UTC(2025, 11, 31));
		tl.setEvents(events);
		expect(tl.hasNext).toBe(true);
		expect(tl.stepEvent(1)?.id).toBe('calls');
		expect(tl.hasNext).toBe(false);
		expect(tl.stepEvent(1)).toBeNull();
		expect(tl.t).toBe(Date.UTC(2026, 0, 2));
	});

	it('hasPrevious is false on the first event', () => {
		const tl = new Timeline(Date.UTC(2025, 11, 1));
		tl.setEvents(events);
		tl.goTo('remark');
		expect(tl.hasPrevious).toBe(false);
		expect(tl.hasNext).toBe(true);
	});

	it('goTo() sets the time to the event and makes it current', () => {
		const tl = new Timeline(Date.UTC(2025, 11, 1));
		tl.setEvents(events);
		expect(tl.goTo('live-fire')?.ts).toBe(Date.UTC(2025, 11, 30, 0));
		expect(tl.current?.id).toBe('live-fire');
		expect(tl.goTo('nope')).toBeNull();
	});

	it('clockText shows a date-only Tokyo event on its own date in its own place', () => {
		const tl = new Timeline(Date.UTC(2025, 11, 1));
		tl.setEvents([
			ev('remark', Date.parse('2025-11-07T00:00:00+09:00'), {
				time: '2025-11-07T00:00:00+09:00',
				place: 'tokyo'
			}),
			...events.slice(1)
		]);
		tl.setPlaces({ tokyo: 'Tokyo' });
		tl.goTo('remark');
		expect(tl.clockText).toBe('7 Nov 2025, Tokyo');
		tl.step(3_600_000);
		expect(tl.clockText).toBe('7 Nov 2025, 00:00');
	});

	it('play() moves event to event and holds at each', () => {
		const { clock, advance } = manualClock();
		const tl = new Timeline(Date.UTC(2025, 11, 1), clock);
		tl.setEvents(events);
		tl.play();
		for (let i = 0; i < 40 && tl.t !== events[1]!.ts; i++) advance(100);
		expect(tl.t).toBe(events[1]!.ts);
		expect(tl.current?.id).toBe('live-fire');
		advance(500);
		expect(tl.t).toBe(events[1]!.ts);
		expect(tl.playing).toBe(true);
	});

	it('pause() stops playback where it is', () => {
		const { clock, advance } = manualClock();
		const tl = new Timeline(Date.UTC(2025, 11, 1), clock);
		tl.setEvents(events);
		tl.play();
		advance(300);
		tl.pause();
		const paused = tl.t;
		advance(3000);
		expect(tl.t).toBe(paused);
		expect(tl.playing).toBe(false);
	});

	it('play() with stepped motion jumps to the next event instead of gliding', () => {
		const { clock, advance } = manualClock();
		const start = Date.UTC(2025, 11, 1);
		const tl = new Timeline(start, clock);
		tl.setEvents(events);
		tl.stepped = true;
		tl.play();
		const seen = new Set<number>();
		for (let i = 0; i < 40; i++) {
			advance(100);
			seen.add(tl.t);
		}
		expect([...seen].every((t) => t === start || events.some((e) => e.ts === t))).toBe(true);
		expect(seen.has(events[1]!.ts)).toBe(true);
	});

	it('play() stops at the end of the span', () => {
		const { clock, advance } = manualClock();
		const tl = new Timeline(Date.UTC(2026, 0, 4), clock);
		tl.setEvents(events);
		tl.play();
		for (let i = 0; i < 50 && tl.playing; i++) advance(200);
		expect(tl.t).toBe(tl.domain[1]);
		expect(tl.playing).toBe(false);
	});
});
