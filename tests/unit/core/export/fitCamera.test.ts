import { describe, expect, it } from 'vitest';
import { fitCamera, viewBounds } from '../../../../src/lib/core/export/fitCamera';
import type { Bounds } from '../../../../src/lib/core/geo/bboxOf';

const NONE = { top: 0, right: 0, bottom: 0, left: 0 };
const BOX: Bounds = [
	[119, 22],
	[122, 26]
];

describe('fitCamera', () => {
	it('fitCamera() gives the zoom at which a box of the world fills the map', () => {
		// The whole width of the world (360°) in 512 px is zoom 0.
		const c = fitCamera(
			[
				[-180, -60],
				[180, 60]
			],
			{ width: 512, height: 2000 },
			NONE
		);
		expect(c.zoom).toBeCloseTo(0, 9);
		expect(c.lng).toBeCloseTo(0, 9);
		expect(c.lat).toBeCloseTo(0, 9);
	});

	it('fitCamera() shifts the centre so the box is centred in the padded area', () => {
		const plain = fitCamera(BOX, { width: 1000, height: 800 }, NONE);
		const padded = fitCamera(BOX, { width: 1400, height: 800 }, { ...NONE, left: 400 });
		expect(padded.zoom).toBeCloseTo(plain.zoom, 9);
		// 200 px west of the box's centre at that zoom.
		const degPerPx = 360 / (512 * 2 ** plain.zoom);
		expect(padded.lng).toBeCloseTo(plain.lng - 200 * degPerPx, 9);
		expect(padded.lat).toBeCloseTo(plain.lat, 9);
	});

	it('fitCamera() and viewBounds() undo each other on the fitted side', () => {
		const size = { width: 1280, height: 800 };
		const padding = { top: 24, right: 56, bottom: 150, left: 372 };
		const camera = fitCamera(BOX, size, padding);
		const [[w, s], [e, n]] = viewBounds(camera, size, padding);
		// The box fills one side exactly and is centred on the other.
		const fitsWidth = Math.abs(w - 119) < 1e-9 && Math.abs(e - 122) < 1e-9;
		const fitsHeight = Math.abs(s - 22) < 1e-9 && Math.abs(n - 26) < 1e-9;
		expect(fitsWidth || fitsHeight).toBe(true);
		expect(w).toBeLessThanOrEqual(119 + 1e-9);
		expect(e).toBeGreaterThanOrEqual(122 - 1e-9);
		expect(s).toBeLessThanOrEqual(22 + 1e-9);
		expect(n).toBeGreaterThanOrEqual(26 - 1e-9);
	});
});

describe('viewBounds', () => {
	it('viewBounds() leaves out the padded sides of the map', () => {
		const camera = { zoom: 6, lng: 120, lat: 24 };
		const size = { width: 1280, height: 800 };
		const whole = viewBounds(camera, size, NONE);
		const free = viewBounds(camera, size, { ...NONE, left: 640 });
		expect(free[0][0]).toBeCloseTo(120, 9);
		expect(free[1][0]).toBeCloseTo(whole[1][0], 9);
		expect(free[0][1]).toBeCloseTo(whole[0][1], 9);
	});
});
