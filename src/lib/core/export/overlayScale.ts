import { renderGeometry, type RenderGeometry } from './renderGeometry';
import type { Size } from './types';

/** The shorter side, in output pixels, at which overlays are drawn at their CSS size (scale 1). */
export const OVERLAY_REFERENCE_SIDE = 720;

/**
 * Output pixels per CSS pixel for an export, from the output's size alone: the shorter side over
 * 720, never below 1. The device that asks (a phone's narrow window, a retina pixel ratio) plays no
 * part, so the same preset gives the same picture everywhere: 1920 × 1080 draws at 1.5, 4K at 3.
 * @example overlayScale({ width: 1920, height: 1080 }) // 1.5
 */
export function overlayScale(output: Size): number {
	return Math.max(1, Math.min(output.width, output.height) / OVERLAY_REFERENCE_SIDE);
}

/**
 * The offscreen map's geometry for an output, at overlayScale: the map, its text and the
 * overlays drawn over it all scale together, and none of it depends on the live window.
 * @example exportGeometry({ width: 3840, height: 2160 }) // pixelRatio 3, CSS 1280 × 720
 */
export function exportGeometry(output: Size): RenderGeometry {
	return renderGeometry(output, output.width / overlayScale(output));
}

/**
 * The geometry of a small preview of an output: the same offscreen map (CSS size) as the real
 * export, drawn at a pixel ratio that makes its longer side `maxSide`, so the preview is the
 * export scaled down, overlays and framing included. Outputs already that small are drawn as is.
 * @example previewGeometry({ width: 1920, height: 1080 }, 480) // CSS 1280 × 720 at pixelRatio 0.375
 */
export function previewGeometry(output: Size, maxSide: number): RenderGeometry & { size: Size } {
	const css = exportGeometry(output);
	const k = Math.min(1, maxSide / Math.max(output.width, output.height));
	if (k === 1) return { ...css, size: { ...output } };
	const pixelRatio = (output.width * k) / css.cssWidth;
	const size = {
		width: Math.max(1, Math.round(output.width * k)),
		height: Math.max(1, Math.round(output.height * k))
	};
	const canvasWidth = Math.round(css.cssWidth * pixelRatio);
	const canvasHeight = Math.round(css.cssHeight * pixelRatio);
	return {
		cssWidth: css.cssWidth,
		cssHeight: css.cssHeight,
		pixelRatio,
		canvasWidth,
		canvasHeight,
		cropY: Math.max(0, Math.floor((canvasHeight - size.height) / 2)),
		size
	};
}
