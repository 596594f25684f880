import type { Size } from './types';

/** How the offscreen map is sized to draw an output: CSS size, pixel ratio and the crop. */
export interface RenderGeometry {
	/** CSS size of the offscreen map's container. */
	cssWidth: number;
	cssHeight: number;
	/** Output pixels per CSS pixel: text, lines and symbols scale by it. */
	pixelRatio: number;
	/** The map canvas's size in pixels (MapLibre rounds CSS size × pixel ratio). */
	canvasWidth: number;
	canvasHeight: number;
	/** Rows to skip at the top of the map canvas so the output is centred in it. */
	cropY: number;
}

/**
 * Sizes the offscreen map for an output so that it looks like the screen, not a tiny copy: the
 * map keeps the live map's CSS width (the same stretch of map across the image) and draws at
 * pixelRatio = output width / CSS width, never below 1 so text is never smaller than on screen.
 * The CSS width is whole so the canvas is exactly the output's width; the height is rounded up
 * and the extra row (if any) cropped.
 * @example renderGeometry({ width: 3840, height: 2160 }, 1280) // pixelRatio 3, CSS 1280 × 720
 */
export function renderGeometry(output: Size, viewCssWidth: number): RenderGeometry {
	const target = Math.max(1, output.width / Math.max(1, viewCssWidth));
	const cssWidth = Math.max(1, Math.round(output.width / target));
	const pixelRatio = output.width / cssWidth;
	const cssHeight = Math.max(1, Math.ceil(output.height / pixelRatio - 1e-9));
	const canvasWidth = Math.round(pixelRatio * cssWidth);
	const canvasHeight = Math.round(pixelRatio * cssHeight);
	return {
		cssWidth,
		cssHeight,
		pixelRatio,
		canvasWidth,
		canvasHeight,
		cropY: Math.max(0, Math.floor((canvasHeight - output.height) / 2))
	};
}
