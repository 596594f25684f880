import type { LngLatBoundsLike } from 'maplibre-gl';

/** The opening view: Taiwan, the strait and every Justice Mission 2025 zone, west to east. */
export const INITIAL_BOUNDS: LngLatBoundsLike = [
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
