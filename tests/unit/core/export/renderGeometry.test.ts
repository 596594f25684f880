import { describe, expect, it } from 'vitest';
import { renderGeometry } from '../../../../src/lib/core/export/renderGeometry';

describe('renderGeometry()', () => {
	it('renderGeometry() keeps the view’s CSS width and raises the pixel ratio for 4K', () => {
		expect(renderGeometry({ width: 3840, height: 2160 }, 1280)).toEqual({
			cssWidth: 1280,
			cssHeight: 720,
			pixelRatio: 3,
			canvasWidth: 3840,
			canvasHeight: 2160,
			cropY: 0
		});
	});
	it('renderGeometry() draws the current view at 1x exactly as it is', () => {
		const g = renderGeometry({ width: 1280, height: 800 }, 1280);
		expect([g.cssWidth, g.cssHeight, g.pixelRatio]).toEqual([1280, 800, 1]);
	});
	it('renderGeometry() never draws below pixel ratio 1 (square output from a wide view)', () => {
		const g = renderGeometry({ width: 1080, height: 1080 }, 1280);
		expect([g.cssWidth, g.cssHeight, g.pixelRatio]).toEqual([1080, 1080, 1]);
	});
	it('renderGeometry() gives a canvas at least as large as the output when sizes do not divide', () => {
		const g = renderGeometry({ width: 1920, height: 1080 }, 1366);
		expect(g.canvasWidth).toBe(1920);
		expect(g.canvasHeight).toBeGreaterThanOrEqual(1080);
		expect(g.canvasHeight - g.cropY).toBeGreaterThanOrEqual(1080);
		expect(Number.isInteger(g.cssWidth) && Number.isInteger(g.cssHeight)).toBe(true);
	});
});
