import type { Map as MlMap } from 'maplibre-gl';

/** The private part of MapLibre's style this touches: its per-frame label placement. */
export interface PlacingStyle {
	_updatePlacement: (...args: unknown[]) => boolean;
	/** The last placement made: MapLibre reads it every frame, so the first one is let through. */
	placement?: unknown;
}

/**
 * Places labels twice in one frame with MapLibre's `place` and returns whether the map must draw
 * again: the first pass takes in every newly arrived tile's symbols at once, which leaves the
 * placement stale (one more frame, drawn in full); the second settles it now.
 */
export function placeSettled(
	style: PlacingStyle,
	place: PlacingStyle['_updatePlacement'],
	args: unknown[]
): boolean {
	place.apply(style, args);
	return place.apply(style, args);
}

/**
 * Makes a new map skip drawing its frames, and placing their labels, until it has everything to
 * draw (style, tiles and glyphs: `map.loaded()`), or until `maxWaitMs` has passed, and calls
 * `beforeFirstDraw` just before the first frame it draws. For a map whose canvas stays hidden
 * until then: with software WebGL a partial frame costs about as much as a complete one, and
 * nobody would see it. While tiles arrive MapLibre runs a frame for each, and each frame placed
 * every label again from scratch (about 110 ms of the main thread over some twenty frames at
 * startup); now the labels are placed in the first frame drawn, and settled there. MapLibre
 * still runs each frame (style, sources, events); only the placement and the drawing are held.
 * `released` holds it besides, whatever has loaded, until it is true: a map started on its
 * basemap alone waits for its data (startMap).
 */
export function drawWhenComplete(
	map: MlMap,
	maxWaitMs: number,
	beforeFirstDraw: () => void = () => {},
	released: () => boolean = () => true
): void {
	const painter = map.painter;
	const render = painter.render;
	const style = (map as unknown as { style: PlacingStyle }).style;
	const place = style._updatePlacement;
	const started = performance.now();
	const holding = () => !released() || (!map.loaded() && performance.now() - started < maxWaitMs);
	style._updatePlacement = function (...args: unknown[]) {
		if (!style.placement) return place.apply(style, args);
		// Nothing placed is nothing left to place: the frame is not dirty on its account.
		if (holding()) return false;
		// The frame with every tile.
		style._updatePlacement = place;
		return placeSettled(style, place, args);
	};
	painter.render = function (...args: Parameters<typeof render>) {
		if (holding()) return;
		painter.render = render;
		style._updatePlacement = place;
		beforeFirstDraw();
		render.apply(painter, args);
	};
}
