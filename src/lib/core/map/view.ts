/** The opening view: Taiwan, the strait and every Justice Mission 2025 zone, west to east. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
	[117.4, 20.7],
	[123.4, 27.0]
];

/** The basemap's extent (lon/lat): Guangdong and Zhejiang to the Ryukyus and north Luzon, wide enough to fill the view beside the panel. */
export const BASEMAP_BBOX = [111, 17, 128, 31] as const;

/** The width below which the panel becomes a bottom sheet (matches app.css). */
export const PHONE_MAX_WIDTH = 640;

/**
 * Padding that keeps the opening view clear of the panel and the time bar: the panel's width and
 * the bar's height on a desktop, the bar and the folded sheet's header on a phone.
 */
export function viewPadding(width: number): {
	top: number;
	right: number;
	bottom: number;
	left: number;
} {
	return width <= PHONE_MAX_WIDTH
		? { top: 16, right: 16, bottom: 230, left: 16 }
		: { top: 24, right: 56, bottom: 150, left: 372 };
}

/** The camera as the URL keeps it. */
export interface CameraView {
	zoom: number;
	lat: number;
	lng: number;
}

/** A move of the camera that app state asks the map for; `seq` tells repeated asks apart. */
export type CameraRequest = { seq: number; animate: boolean } & (
	| { kind: 'jump'; view: CameraView }
	| {
			kind: 'fit';
			bounds: [[number, number], [number, number]];
			/** Space something else covers for this move (the story card), added to the padding. */
			extra?: Padding;
	  }
	| { kind: 'reveal'; point: [number, number] }
);

/** A rectangle on screen, in CSS pixels relative to the map's top-left corner. */
export interface ScreenRect {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** Padding in CSS pixels on each side of the map, as MapLibre's camera options take it. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

const MARGIN = 16;

/**
 * The padding that leaves the part of the map no panel, bar or button covers: each obstacle
 * wider than half the map is a band at the top or bottom, any other a column at the left or
 * right, whichever side its centre is on. The free area never shrinks below a third of a side.
 * @example freePadding({ width: 1000, height: 800 }, [{ left: 0, top: 0, width: 300, height: 800 }]).left // 316
 */
export function freePadding(
	size: { width: number; height: number },
	obstacles: readonly ScreenRect[]
): Padding {
	const p: Padding = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
	for (const r of obstacles) {
		if (r.width <= 0 || r.height <= 0) continue;
		if (r.width > size.width / 2) {
			if (r.top + r.height / 2 > size.height / 2) {
				p.bottom = Math.max(p.bottom, size.height - r.top + MARGIN);
			} else p.top = Math.max(p.top, r.top + r.height + MARGIN);
		} else if (r.left + r.width / 2 < size.width / 2) {
			p.left = Math.max(p.left, r.left + r.width + MARGIN);
		} else p.right = Math.max(p.right, size.width - r.left + MARGIN);
	}
	return keepThird(p, size);
}

/** Shrinks padding in proportion so that at least a third of each side stays free. */
function keepThird(p: Padding, size: { width: number; height: number }): Padding {
	const out = { ...p };
	const fit = (a: keyof Padding, b: keyof Padding, side: number) => {
		const over = out[a] + out[b] - (side * 2) / 3;
		if (over <= 0) return;
		const share = out[a] / (out[a] + out[b]);
		out[a] = Math.round(out[a] - over * share);
		out[b] = Math.round(out[b] - over * (1 - share));
	};
	fit('left', 'right', size.width);
	fit('top', 'bottom', size.height);
	return out;
}

/**
 * The padding for a camera move when something else also covers the map for a while (the story
 * card): per side the larger of the two, since both are measured from the map's edge, and never
 * less than a third of each side free, so a fit never zooms out to nothing on a phone.
 * @example withCover(pad, { top: 0, right: 0, bottom: 400, left: 0 }, { width: 390, height: 844 })
 */
export function withCover(
	padding: Padding,
	cover: Padding,
	size: { width: number; height: number }
): Padding {
	return keepThird(
		{
			top: Math.max(padding.top, cover.top),
			right: Math.max(padding.right, cover.right),
			bottom: Math.max(padding.bottom, cover.bottom),
			left: Math.max(padding.left, cover.left)
		},
		size
	);
}

/** Whether a screen point lies in the part of the map the padding leaves free. */
export function inFreeArea(
	point: { x: number; y: number },
	size: { width: number; height: number },
	padding: Padding
): boolean {
	return (
		point.x >= padding.left &&
		point.x <= size.width - padding.right &&
		point.y >= padding.top &&
		point.y <= size.height - padding.bottom
	);
}

/**
 * Where a popup sits against its point so it opens into the free area: above the point in the
 * lower half of the free area, below it in the upper half, and leaning away from the nearer side.
 */
export function popupAnchor(
	point: { x: number; y: number },
	size: { width: number; height: number },
	padding: Padding
): 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right' {
	const midY = (padding.top + size.height - padding.bottom) / 2;
	const left = padding.left;
	const right = size.width - padding.right;
	const vertical = point.y > midY ? 'bottom' : 'top';
	if (point.x - left < 140) return `${vertical}-left`;
	if (right - point.x < 140) return `${vertical}-right`;
	return vertical;
}
