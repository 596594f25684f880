import type { Map as MlMap } from 'maplibre-gl';
import { placeSettled, type PlacingStyle } from './drawWhenComplete';

/** Holds a map's drawing while sources are laid out again; see holdDrawing. */
export interface DrawingHold {
	/** Draws nothing until `sources` have their tiles again, for at most `maxMs`. */
	until(sources: readonly string[], maxMs: number): void;
}

/**
 * Lets a map draw a time step in one frame. While some of its sources' tiles are being laid
 * out again (the worker sends them back a few milliseconds later) it skips drawing, unless the
 * camera moves: MapLibre would otherwise draw a frame at once with the tiles it already has, the
 * same picture as before, and another when the new tiles arrive; in software WebGL each costs a
 * whole frame of the GPU process. The canvas keeps its last frame meanwhile. The step's style
 * update asks for no frame after its own (skipEcho), and in the frame that has the tiles back
 * labels are placed twice, as drawWhenComplete does at startup: one pass takes in the new
 * tiles' symbols and leaves MapLibre's placement stale, which cost one more whole frame. Call
 * before drawWhenComplete, so that its hold wraps this one.
 */
export function holdDrawing(map: MlMap): DrawingHold {
	const painter = map.painter;
	const render = painter.render;
	let sources: readonly string[] = [];
	let until = 0;
	let timer: ReturnType<typeof setTimeout> | null = null;
	const loaded = (id: string) => !map.getSource(id) || map.isSourceLoaded(id);
	const back = () => sources.length > 0 && sources.every(loaded);
	/** The placement wrapped for the frame the tiles come back in, and on which style. */
	let settling: { style: PlacingStyle; wrapped: PlacingStyle['_updatePlacement'] } | null = null;
	const settleWhenBack = () => {
		const style = (map as unknown as { style?: PlacingStyle }).style;
		if (!style || (settling?.style === style && style._updatePlacement === settling.wrapped))
			return;
		const place = style._updatePlacement;
		const wrapped = (...args: unknown[]) => {
			if (!back()) return place.apply(style, args);
			style._updatePlacement = place;
			settling = null;
			return placeSettled(style, place, args);
		};
		style._updatePlacement = wrapped;
		settling = { style, wrapped };
	};
	painter.render = function (...args: Parameters<typeof render>) {
		if (sources.length && performance.now() < until && !map.isMoving()) {
			if (!sources.every(loaded)) return;
		}
		sources = [];
		render.apply(painter, args);
	};
	/**
	 * MapLibre's style update, in the frame after a change, fires a style `data` event that asks
	 * for one more frame with the style updated again: nothing changes in it, but it is drawn in
	 * full. For the step's own update that frame is not asked for: the frame that draws the
	 * step's tiles is then the last.
	 */
	const skipEcho = () => {
		const m = map as unknown as {
			style?: { update?: (...a: unknown[]) => void };
			_update?: (...a: unknown[]) => unknown;
			_sourcesDirty?: boolean;
		};
		const style = m.style;
		const update = style?.update;
		const ask = m._update;
		if (!style || typeof update !== 'function' || typeof ask !== 'function') return;
		const own = Object.prototype.hasOwnProperty.call(style, 'update');
		style.update = function (...a: unknown[]) {
			if (own) style.update = update;
			else delete style.update;
			// What the update asks for is done in this frame (sources are updated after it).
			m._update = () => {
				m._sourcesDirty = true;
				return map;
			};
			try {
				update.apply(style, a);
			} finally {
				m._update = ask;
			}
		};
	};
	return {
		until(next, maxMs) {
			sources = next;
			until = performance.now() + maxMs;
			settleWhenBack();
			skipEcho();
			if (timer !== null) clearTimeout(timer);
			// If the tiles are late, the held frame is drawn when the hold ends.
			timer = setTimeout(() => {
				timer = null;
				if (sources.length) map.triggerRepaint();
			}, maxMs);
		}
	};
}
