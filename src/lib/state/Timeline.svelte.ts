import { adjacentEvent, eventAt, eventsInWindow } from '../core/time/eventsInWindow';
import type { DisplayZone } from '../core/time/formatTime';
import { storySpan, type TimedEvent } from '../core/time/storySpan';

/** One event as the timeline knows it. */
export interface TimelineEvent extends TimedEvent {
	name: string;
	category: string;
	time: string;
	time_precision: string;
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

/** Story time advanced per second of playback, the choices offered to users. */
export const SPEEDS = [
	{ label: '6 hours / s', ms: 6 * 3_600_000 },
	{ label: '1 day / s', ms: 86_400_000 },
	{ label: '3 days / s', ms: 3 * 86_400_000 }
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
	speed = $state<number>(SPEEDS[1].ms);
	mode = $state<TimeMode>('cumulative');
	windowMs = $state<number>(WINDOWS[1].ms);
	zone = $state<DisplayZone>('taipei');
	/** Play in whole steps (one per second) instead of a glide: for prefers-reduced-motion. */
	stepped = $state(false);

	/** The window the map and list use: 0 in cumulative mode. */
	effectiveWindowMs = $derived(this.mode === 'window' ? this.windowMs : 0);
	/** The events shown at the current time. */
	visible = $derived(eventsInWindow(this.events, this.t, this.effectiveWindowMs));
	/** The latest event at or before the current time. */
	current = $derived(eventAt(this.events, this.t));

	#clock: Clock | null;
	#frame: number | null = null;
	#last = 0;

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
		this.events = [...events].sort((a, b) => a.ts - b.ts);
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

	/** Jumps to the next (1) or previous (-1) event; returns it, or null at the end. */
	stepEvent(dir: 1 | -1): TimelineEvent | null {
		const inSpan = this.events.filter((e) => e.ts >= this.domain[0] && e.ts <= this.domain[1]);
		const e = adjacentEvent(inSpan, this.t, dir);
		if (e) this.setTime(e.ts);
		return e;
	}

	/** Starts playback (from the start if at the end). */
	play(): void {
		if (this.playing) return;
		if (this.t >= this.domain[1]) this.t = this.domain[0];
		const clock = (this.#clock ??= browserClock());
		this.playing = true;
		this.#last = clock.now();
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
		const now = clock.now();
		const elapsed = now - this.#last;
		if (this.stepped) {
			// Reduced motion: one whole step per second of playback, no glide between.
			if (elapsed >= 1000) {
				this.#last = now;
				this.step(this.speed);
			}
		} else {
			this.#last = now;
			this.step((elapsed / 1000) * this.speed);
		}
		if (this.t >= this.domain[1]) this.pause();
		else if (this.playing) this.#frame = clock.requestFrame(this.#tick);
	};
}
