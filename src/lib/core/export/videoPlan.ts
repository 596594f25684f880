/** A playback video's frames: how many, how long, and the story time of each. */
export interface VideoPlan {
	fps: number;
	frames: number;
	/** Length of the video in seconds. */
	seconds: number;
	/** Story time of each frame, epoch ms: the first at `start`, the last at `end`. */
	times: number[];
}

const DAY_MS = 86_400_000;

/**
 * Plans a playback video from `start` to `end`: `secondsPerDay` of video per story day, capped
 * at `maxSeconds`, at `fps` frames per second (at least two frames), frames evenly spaced in
 * story time.
 * @example videoPlan({ start, end: start + 86_400_000, fps: 10 }).frames // 20
 */
export function videoPlan(options: {
	start: number;
	end: number;
	fps: number;
	secondsPerDay?: number;
	maxSeconds?: number;
}): VideoPlan {
	const { start, end, fps } = options;
	if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
		throw new RangeError('The video needs an end time after its start time.');
	}
	if (!Number.isFinite(fps) || fps <= 0) throw new RangeError('The frame rate must be positive.');
	const perDay = options.secondsPerDay ?? 2;
	const cap = options.maxSeconds ?? 60;
	const wanted = Math.min(cap, ((end - start) / DAY_MS) * perDay);
	const frames = Math.max(2, Math.round(wanted * fps));
	const times = Array.from({ length: frames }, (_, i) =>
		Math.round(start + ((end - start) * i) / (frames - 1))
	);
	return { fps, frames, seconds: frames / fps, times };
}
