import type { Bounds } from '../geo/bboxOf';
import { placeFrame } from './frameBounds';
import type { OverlayLayout } from './overlayLayout';
import type { Rect } from './types';

/** Padding in CSS pixels, as MapLibre's fitBounds takes it. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The camera for an export: the bounds to fit, the padding to fit them in, and where they land. */
export interface FrameCamera {
	bounds: Bounds;
	/** In the offscreen map's CSS pixels (output pixels over layout.scale). */
	padding: Padding;
	/** The free rectangle the frame is fitted into, in output pixels. */
	area: Rect;
	/** Where the frame lands, in output pixels. */
	frame: Rect;
}

/** CSS pixels kept clear between the frame and any overlay. */
const GAP = 10;

/** The boxes an overlay layout draws over the map, in output pixels. */
export function overlayRects(layout: OverlayLayout): Rect[] {
	return [
		layout.titleBand?.rect,
		layout.legend?.rect,
		layout.scaleBar?.rect,
		layout.northArrow?.rect,
		layout.footer.rect
	].filter((r): r is Rect => r !== undefined);
}

const overlaps = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The camera that fits a chosen frame (the current view's bounds, the drill zones' box, the
 * whole strait) into the part of the picture the overlays leave free. Tries every rectangle
 * whose edges are the picture's margins or an overlay's edges, keeps those that touch no overlay
 * (with a gap) and picks the one where the frame comes out largest. Returns the bounds with the
 * padding (CSS pixels) for the offscreen map's fitBounds, the free rectangle and where the frame
 * lands (output pixels).
 */
export function fitFrame(layout: OverlayLayout, bounds: Bounds): FrameCamera {
	const { width: W, height: H, scale } = layout;
	const gap = GAP * scale;
	const obstacles = overlayRects(layout).map((r) => ({
		x: r.x - gap,
		y: r.y - gap,
		width: r.width + 2 * gap,
		height: r.height + 2 * gap
	}));
	const lefts = [gap, ...obstacles.map((r) => r.x + r.width)].filter((x) => x >= 0 && x < W);
	const rights = [W - gap, ...obstacles.map((r) => r.x)].filter((x) => x > 0 && x <= W);
	const tops = [gap, ...obstacles.map((r) => r.y + r.height)].filter((y) => y >= 0 && y < H);
	const bottoms = [H - gap, ...obstacles.map((r) => r.y)].filter((y) => y > 0 && y <= H);
	let best: { area: Rect; frame: Rect } | null = null;
	for (const x0 of lefts)
		for (const x1 of rights)
			for (const y0 of tops)
				for (const y1 of bottoms) {
					if (x1 - x0 < 1 || y1 - y0 < 1) continue;
					const area = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
					if (obstacles.some((o) => overlaps(area, o))) continue;
					const frame = placeFrame(bounds, area);
					const size = frame.width * frame.height;
					const bestSize = best ? best.frame.width * best.frame.height : -1;
					const better =
						size > bestSize + 1e-6 ||
						(Math.abs(size - bestSize) <= 1e-6 &&
							area.width * area.height > best!.area.width * best!.area.height);
					if (better) best = { area, frame };
				}
	// Nothing free (a tiny picture crowded by overlays): use the whole picture.
	const area = best?.area ?? { x: 0, y: 0, width: W, height: H };
	return {
		bounds,
		padding: {
			top: area.y / scale,
			right: (W - area.x - area.width) / scale,
			bottom: (H - area.y - area.height) / scale,
			left: area.x / scale
		},
		area,
		frame: best?.frame ?? placeFrame(bounds, area)
	};
}
