import type { Map as MlMap } from 'maplibre-gl';

/**
 * Makes a new map skip drawing its frames until it has everything to draw (style, tiles and
 * glyphs: `map.loaded()`), or until `maxWaitMs` has passed, and calls `beforeFirstDraw` just
 * before the first frame it draws. For a map whose canvas stays hidden until then: with
 * software WebGL a partial frame costs about as much as a complete one, and nobody would see
 * it. MapLibre still runs each frame (placement, events); only the drawing is held.
 */
export function drawWhenComplete(
	map: MlMap,
	maxWaitMs: number,
	beforeFirstDraw: () => void = () => {}
): void {
	const painter = map.painter;
	const render = painter.render;
	const started = performance.now();
	painter.render = function (...args: Parameters<typeof render>) {
		if (!map.loaded() && performance.now() - started < maxWaitMs) return;
		painter.render = render;
		beforeFirstDraw();
		render.apply(painter, args);
	};
}
