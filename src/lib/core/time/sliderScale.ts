import { scaleUtc, type ScaleTime } from 'd3-scale';

/**
 * Maps time (epoch ms) to a position on the slider track (px) and back, clamped to the span.
 * @example sliderScale([t0, t1], 600)(t0) // 0
 */
export function sliderScale(
	domain: readonly [number, number],
	width: number
): ScaleTime<number, number> {
	return scaleUtc()
		.domain([new Date(domain[0]), new Date(domain[1])])
		.range([0, Math.max(1, width)])
		.clamp(true);
}

/** Tick times for the track: about one per `pxPerTick` pixels, at d3's natural UTC intervals. */
export function sliderTicks(
	domain: readonly [number, number],
	width: number,
	pxPerTick = 90
): number[] {
	const count = Math.max(2, Math.floor(width / pxPerTick));
	return sliderScale(domain, width)
		.ticks(count)
		.map((d) => d.getTime());
}
