import { describe, expect, it } from 'vitest';
import {
	exportGeometry,
	overlayScale,
	previewGeometry
} from '../../../../src/lib/core/export/overlayScale';

describe('overlayScale', () => {
	it('overlayScale() depends on the output alone: 1.5 for Full HD, 3 for 4K, never below 1', () => {
		expect(overlayScale({ width: 1920, height: 1080 })).toBe(1.5);
		expect(overlayScale({ width: 3840, height: 2160 })).toBe(3);
		expect(overlayScale({ width: 390, height: 844 })).toBe(1);
	});
});

describe('exportGeometry', () => {
	it('exportGeometry() draws Full HD on a 1280 × 720 map at pixel ratio 1.5', () => {
		const g = exportGeometry({ width: 1920, height: 1080 });
		expect([g.cssWidth, g.cssHeight, g.pixelRatio]).toEqual([1280, 720, 1.5]);
	});
});

describe('previewGeometry', () => {
	it('previewGeometry() keeps the export’s map and scales its pixel ratio to the preview', () => {
		const full = exportGeometry({ width: 1920, height: 1080 });
		const p = previewGeometry({ width: 1920, height: 1080 }, 480);
		expect(p.size).toEqual({ width: 480, height: 270 });
		expect([p.cssWidth, p.cssHeight]).toEqual([full.cssWidth, full.cssHeight]);
		expect(p.pixelRatio).toBeCloseTo(full.pixelRatio / 4, 9);
		expect(p.canvasWidth).toBe(480);
	});

	it('previewGeometry() leaves an output already smaller than the preview as it is', () => {
		const p = previewGeometry({ width: 400, height: 300 }, 480);
		expect(p.size).toEqual({ width: 400, height: 300 });
		expect(p.pixelRatio).toBe(exportGeometry({ width: 400, height: 300 }).pixelRatio);
	});
});
