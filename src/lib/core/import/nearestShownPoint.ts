import { POINT_STRIDE, type PointBuffers } from './pointBuffers';
import { importShownAt } from './importedFeaturesAt';

/**
 * The index of the imported point nearest to a web-mercator position within `radius` (mercator
 * units) among those drawn at `t` (importShownAt: the same test the GPU makes), or null. A
 * linear scan: a million points take a few milliseconds, once per click or pointer move.
 * @example nearestShownPoint(buffers, points, [0.8, 0.4], 1e-5, t, 0) // 1234 or null
 */
export function nearestShownPoint(
	buffers: Pick<PointBuffers, 'vertices' | 'count'>,
	times: { start: Float64Array; end: Float64Array },
	at: readonly [number, number],
	radius: number,
	t: number,
	windowMs: number
): number | null {
	const { vertices, count } = buffers;
	const [x, y] = at;
	let best: number | null = null;
	let bestD = radius * radius;
	for (let i = 0; i < count; i++) {
		const o = i * POINT_STRIDE;
		const dx = vertices[o]! - x;
		const dy = vertices[o + 1]! - y;
		const d = dx * dx + dy * dy;
		// Later points draw over earlier ones: on a tie the later wins, as on screen.
		if (d > bestD) continue;
		if (!importShownAt(times.start[i]!, times.end[i]!, t, windowMs)) continue;
		best = i;
		bestD = d;
	}
	return best;
}
