import type { TimedEvent } from './storySpan';

/** One stop of playback: the story time it reaches, how long the move there takes, the pause. */
export interface PlayKeyframe {
	/** Story time of the stop, epoch ms. */
	t: number;
	/** Playback ms spent moving from the previous stop (or the start) to this one. */
	travelMs: number;
	/** Playback ms spent paused at this stop. */
	holdMs: number;
	/** Index (in the events given) of the event this stop shows; null for the last stop. */
	event: number | null;
}

/** The pacing of playback, in playback milliseconds. */
export interface PlayPace {
	/** Pause at each event. */
	holdMs: number;
	/** Shortest move between two stops at different times. */
	minTravelMs: number;
	/** Longest move, however long the gap in story time. */
	maxTravelMs: number;
	/** Extra move time per doubling of the gap in days (gaps are compressed logarithmically). */
	msPerDoubling: number;
}

/** The default pace: about a second and a half at each event, at most two seconds between. */
export const DEFAULT_PACE: PlayPace = {
	holdMs: 1600,
	minTravelMs: 500,
	maxTravelMs: 2000,
	msPerDoubling: 350
};

const DAY = 86_400_000;

/**
 * How long playback takes to move across a gap of story time: nothing for events at the same
 * instant, else a floor plus a logarithm of the gap in days, capped, so weeks with nothing
 * happening pass in two seconds and the drill days (a day apart) still get about a second each.
 * @example travelMs(DAY) // 850 at the default pace
 */
export function travelMs(gapMs: number, pace: PlayPace = DEFAULT_PACE): number {
	if (gapMs <= 0) return 0;
	const ms = pace.minTravelMs + pace.msPerDoubling * Math.log2(1 + gapMs / DAY);
	return Math.min(pace.maxTravelMs, Math.round(ms));
}

/** Options of playSchedule. */
export interface ScheduleOptions {
	pace?: PlayPace;
	/** Stretches (above 1) or shortens (below 1) every move and pause. */
	scale?: number;
	/**
	 * Index of the event playback starts on: stops begin after it, so an event sharing its time
	 * still gets a stop. Defaults to the last event at or before `from`.
	 */
	after?: number;
}

/**
 * The keyframes of playback from `from` to `to`: a stop at every event after the one playback
 * starts on (events sharing a time are separate stops, in the order given), each reached by a
 * compressed move (see travelMs) and held for a pause, then a last move to `to`. Events must be
 * sorted by time.
 * @example playSchedule(sorted, t0, t1) // [{ t: sorted[0].ts, travelMs, holdMs, event: 0 }, …]
 */
export function playSchedule(
	sorted: readonly TimedEvent[],
	from: number,
	to: number,
	options: ScheduleOptions = {}
): PlayKeyframe[] {
	const { pace = DEFAULT_PACE, scale = 1 } = options;
	const after = options.after ?? sorted.findLastIndex((e) => e.ts <= from);
	const frames: PlayKeyframe[] = [];
	let last = from;
	for (const [i, e] of sorted.entries()) {
		if (i <= after || e.ts < from || e.ts > to) continue;
		frames.push({
			t: e.ts,
			travelMs: Math.round(travelMs(e.ts - last, pace) * scale),
			holdMs: Math.round(pace.holdMs * scale),
			event: i
		});
		last = e.ts;
	}
	if (to > last) {
		const move = Math.round(travelMs(to - last, pace) * scale);
		frames.push({ t: to, travelMs: move, holdMs: 0, event: null });
	}
	return frames;
}

/** Where playback is after some time: the story time, the event shown, and whether it ended. */
export interface PlayPosition {
	t: number;
	/** The event of the last stop reached (held or left), or null before the first. */
	event: number | null;
	done: boolean;
}

/**
 * The position `elapsedMs` into a schedule that starts at story time `from`. Moves glide
 * linearly between stops; with `stepped` (reduced motion) time jumps to each stop when its move
 * ends instead of gliding.
 * @example playPosition(playSchedule(sorted, t0, t1), t0, 0) // { t: t0, event: null, done: false }
 */
export function playPosition(
	frames: readonly PlayKeyframe[],
	from: number,
	elapsedMs: number,
	stepped = false
): PlayPosition {
	let clock = 0;
	let t = from;
	let event: number | null = null;
	for (const f of frames) {
		const arrive = clock + f.travelMs;
		if (elapsedMs < arrive) {
			const glide = stepped ? t : t + ((f.t - t) * (elapsedMs - clock)) / f.travelMs;
			return { t: glide, event, done: false };
		}
		t = f.t;
		event = f.event ?? event;
		clock = arrive + f.holdMs;
		if (elapsedMs < clock) return { t, event, done: false };
	}
	return { t, event, done: true };
}
