import { eventsInWindow } from '../core/time/eventsInWindow';
import { formatEventTime } from '../core/time/formatEventTime';
import { formatTime, type DisplayZone } from '../core/time/formatTime';
import { playPosition, playSchedule, type PlayKeyframe } from '../core/time/playSchedule';
import { currentIndex, stepIndex } from '../core/time/stepIndex';
import { storySpan, type TimedEvent } from '../core/time/storySpan';

/** One event as the timeline knows it. */
export interface TimelineEvent extends TimedEvent {
	name: string;
	category: string;
	time: string;
	time_precision: string;
	/** The id of the place it happened (a capital, a port, a zone), for date-only display. */
	place?: string;
}

/** Cumulative shows everything up to now; window shows only the last `windowMs`. */
export type TimeMode = 'cumulative' | 'window';

/** Frame scheduling, injectable so tests can drive playback by hand. */
export interface Clock {
	now: () => number;
	requestFrame: (fn: () => void) => number;
	cancelFrame: (id: number) => void;
}

const browserClock = (): Clock => ({
	now: () => performance.now(),
	requestFrame: (fn) => requestAnimationFrame(fn),
	cancelFrame: (id) => cancelAnimationFrame(id)
});

const FALLBACK_BEFORE_MS = 60 * 86_400_000;
const FALLBACK_AFTER_MS = 7 * 86_400_000;

/**
 * Playback paces offered to users: every move and pause of the play schedule is multiplied by
 * `scale` (playback goes event to event, so a pace, not story time per second).
 */
export const SPEEDS = [
	{ label: 'Slow', scale: 1.6 },
	{ label: 'Normal', scale: 1 },
	{ label: 'Fast', scale: 0.5 }
] as const;

/** Moving windows offered besides cumulative. */
export const WINDOWS = [
	{ label: 'Last 24 hours', ms: 86_400_000 },
	{ label: 'Last 7 days', ms: 7 * 86_400_000 }
] as const;

/**
 * The story clock: the current time, the span it moves in, playback, the time mode and the
 * display zone. Everything the list, the slider and the map show about time derives from it.
 */
export class Timeline {
	events = $state.raw<TimelineEvent[]>([]);
	domain = $state.raw<[number, number]>([0, 1]);
	t = $state(0);
	playing = $state(false);
	/** The pace: a multiplier of every move and pause of playback (see SPEEDS). */
	speed = $state<number>(SPEEDS[1].scale);
	mode = $state<TimeMode>('cumulative');
	windowMs = $state<number>(WINDOWS[1].ms);
	zone = $state<DisplayZone>('taipei');
	/** Play in jumps from event to event instead of a glide: for prefers-reduced-motion. */
	stepped = $state(false);
	/**
	 * Index (in `events`) of the event last stepped to or chosen. It tells apart events that share
	 * a time, and counts only while the time sits on that event.
	 */
	cursor = $state<number | null>(null);
	/** Place names by place id, for showing date-only events in their own place. */
	placeNames = $state.raw<Readonly<Record<string, string>>>({});

	/** The window the map and list use: 0 in cumulative mode. */
	effectiveWindowMs = $derived(this.mode === 'window' ? this.windowMs : 0);
	/** The events shown at the current time. */
	visible = $derived(eventsInWindow(this.events, this.t, this.effectiveWindowMs));
	/** The current event: the one stepped to while the time sits on it, else the last at or before the time. */
	current = $derived<TimelineEvent | null>(
		this.events[currentIndex(this.events, this.t, this.cursor)] ?? null
	);
	/** Whether there is an event to step back to. */
	hasPrevious = $derived(this.#stepTarget(-1) !== null);
	/** Whether there is an event to step on to. */
	hasNext = $derived(this.#stepTarget(1) !== null);
	/**
	 * The time as the bar shows it: a date-only event the time sits on is shown on its own date in
	 * its own place ("7 Nov 2025, Tokyo"), any other time in the display zone.
	 */
	clockText = $derived.by(() => {
		const e = this.current;
		const onEvent = e !== null && e.ts === this.t;
		if (onEvent && (e.time_precision === 'day' || e.time_precision === 'month')) {
			return this.whenOf(e);
		}
		return formatTime(this.t, this.zone);
	});

	#clock: Clock | null;
	#frame: number | null = null;
	#started = 0;
	#from = 0;
	#schedule: PlayKeyframe[] = [];

	constructor(t: number, clock: Clock | null = null) {
		this.t = t;
		this.domain = [t - FALLBACK_BEFORE_MS, t + FALLBACK_AFTER_MS];
		this.#clock = clock;
	}

	/**
	 * Takes the events and sets the span from them, keeping the time inside it. With no story
	 * events (say the events file failed to load) the span stays around the starting time.
	 */
	setEvents(events: readonly TimelineEvent[]): void {
		// Array.prototype.sort is stable: events at the same time keep their file order.
		this.events = [...events].sort((a, b) => a.ts - b.ts);
		this.cursor = null;
		this.domain = storySpan(this.events) ?? this.domain;
		this.setTime(this.t);
	}

	/** Moves to a time, clamped to the span. */
	setTime(t: number): void {
		if (!Number.isFinite(t)) return;
		this.t = Math.min(this.domain[1], Math.max(this.domain[0], t));
	}

	/** Moves by `deltaMs`. */
	step(deltaMs: number): void {
		this.setTime(this.t + deltaMs);
	}

	/** Sets the names shown with date-only events, by place id. */
	setPlaces(names: Readonly<Record<string, string>>): void {
		this.placeNames = names;
	}

	/** How an event's time is shown (a date-only event on its own date, in its own place). */
	whenOf(e: TimelineEvent): string {
		return formatEventTime(e, this.zone, e.place ? this.placeNames[e.place] : null);
	}

	#stepTarget(dir: 1 | -1): number | null {
		const i = stepIndex(this.events, this.t, this.cursor, dir);
		if (i === null) return null;
		const ts = this.events[i]!.ts;
		return ts >= this.domain[0] && ts <= this.domain[1] ? i : null;
	}

	/**
	 * Steps to the next (1) or previous (-1) event of the span, ties included (events at the same
	 * time are separate steps); returns it, or null at either end (then nothing changes).
	 */
	stepEvent(dir: 1 | -1): TimelineEvent | null {
		const i = this.#stepTarget(dir);
		if (i === null) return null;
		const e = this.events[i]!;
		this.setTime(e.ts);
		this.cursor = i;
		return e;
	}

	/** Makes an event current (a list click, a link): sets the time to it and the step cursor on it. */
	goTo(id: string): TimelineEvent | null {
		const i = this.events.findIndex((e) => e.id === id);
		if (i === -1) return null;
		this.setTime(this.events[i]!.ts);
		this.cursor = i;
		return this.events[i]!;
	}

	/**
	 * Starts playback (from the start if at the end): event to event with a pause at each, the
	 * time between compressed (see playSchedule), at the chosen pace.
	 */
	play(): void {
		if (this.playing) return;
		if (this.t >= this.domain[1]) {
			this.t = this.domain[0];
			this.cursor = null;
		}
		const clock = (this.#clock ??= browserClock());
		const from = this.t;
		this.#schedule = playSchedule(this.events, from, this.domain[1], {
			scale: this.speed,
			after: currentIndex(this.events, from, this.cursor)
		});
		this.#from = from;
		this.playing = true;
		this.#started = clock.now();
		this.#frame = clock.requestFrame(this.#tick);
	}

	/** Stops playback where it is. */
	pause(): void {
		this.playing = false;
		if (this.#frame !== null) this.#clock?.cancelFrame(this.#frame);
		this.#frame = null;
	}

	/** Plays if paused, pauses if playing. */
	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	#tick = () => {
		const clock = this.#clock!;
		const pos = playPosition(this.#schedule, this.#from, clock.now() - this.#started, this.stepped);
		this.setTime(pos.t);
		if (pos.event !== null) this.cursor = pos.event;
		if (pos.done) this.pause();
		else if (this.playing) this.#frame = clock.requestFrame(this.#tick);
	};
}
