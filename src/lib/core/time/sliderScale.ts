import { utcTicks } from 'd3-time';

/** A linear map from time (epoch ms) to a position on the track (px), and back, clamped. */
export interface SliderScale {
	/** The position (px) of a time (epoch ms), clamped to the track. */
	(t: number): number;
	/** The time (epoch ms) at a position (px), clamped to the span. */
	invert(px: number): number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Maps time (epoch ms) to a position on the slider track (px) and back, clamped to the span:
 * the same numbers as d3's clamped `scaleUtc` (a unit test compares them), without the
 * interpolators and formatters a d3 continuous scale brings along (about 10 KB gzip at startup).
 * @example sliderScale([t0, t1], 600)(t0) // 0
 */
export function sliderScale(domain: readonly [number, number], width: number): SliderScale {
	const [d0, d1] = domain;
	const w = Math.max(1, width);
	const scale = (t: number) => {
		const f = clamp(d1 === d0 ? 0.5 : (t - d0) / (d1 - d0), 0, 1);
		return w * f;
	};
	scale.invert = (px: number) => {
		const f = clamp(px / w, 0, 1);
		// Whole milliseconds, rounded as d3's time scale rounds them.
		return Math.round(d0 * (1 - f) + d1 * f);
	};
	return scale;
}

/** Tick times for the track: about one per `pxPerTick` pixels, at d3's natural UTC intervals. */
export function sliderTicks(
	domain: readonly [number, number],
	width: number,
	pxPerTick = 90
): number[] {
	const count = Math.max(2, Math.floor(width / pxPerTick));
	return utcTicks(new Date(domain[0]), new Date(domain[1]), count).map((d) => d.getTime());
}
