import type { Map as MlMap } from 'maplibre-gl';

/** Holds a map's drawing while sources are laid out again; see holdDrawing. */
export interface DrawingHold {
	/** Draws nothing until `sources` have their tiles again, for at most `maxMs`. */
	until(sources: readonly string[], maxMs: number): void;
}

/**
 * Lets a map skip drawing while some of its sources' tiles are being laid out again (a time
 * step: the worker sends them back a few milliseconds later), unless the camera moves. MapLibre
 * would otherwise draw a frame at once with the tiles it already has, the same picture as
 * before, and another when the new tiles arrive: in software WebGL each costs a whole frame of
 * the GPU process. The canvas keeps its last frame meanwhile. Call before drawWhenComplete, so
 * that its hold wraps this one.
 */
export function holdDrawing(map: MlMap): DrawingHold {
	const painter = map.painter;
	const render = painter.render;
	let sources: readonly string[] = [];
	let until = 0;
	let timer: ReturnType<typeof setTimeout> | null = null;
	const loaded = (id: string) => !map.getSource(id) || map.isSourceLoaded(id);
	painter.render = function (...args: Parameters<typeof render>) {
		if (sources.length && performance.now() < until && !map.isMoving()) {
			if (!sources.every(loaded)) return;
		}
		sources = [];
		render.apply(painter, args);
	};
	return {
		until(next, maxMs) {
			sources = next;
			until = performance.now() + maxMs;
			if (timer !== null) clearTimeout(timer);
			// If the tiles are late, the held frame is drawn when the hold ends.
			timer = setTimeout(() => {
				timer = null;
				if (sources.length) map.triggerRepaint();
			}, maxMs);
		}
	};
}
