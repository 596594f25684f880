import { describe, expect, it } from 'vitest';
import { fitFrame, overlayRects } from '../../../../src/lib/core/export/fitFrame';
import { frameBoundsOf, placeFrame } from '../../../../src/lib/core/export/frameBounds';
import { EXPORT_LEGEND } from '../../../../src/lib/core/export/legendEntries';
import { overlayLayout } from '../../../../src/lib/core/export/overlayLayout';
import { overlayScale } from '../../../../src/lib/core/export/overlayScale';
import { DEFAULT_OVERLAYS, EXPORT_PRESETS } from '../../../../src/lib/core/export/presets';
import { presetSize } from '../../../../src/lib/core/export/presetSize';
import type { Rect, Size } from '../../../../src/lib/core/export/types';
import type { Bounds } from '../../../../src/lib/core/geo/bboxOf';
import { INITIAL_BOUNDS } from '../../../../src/lib/core/map/view';
import { attributionText } from '../../../../src/lib/core/style/attribution';
import { measure } from './measure';

/** The Justice Mission 2025 zones' box (data/drill-zones.geojson corners). */
const ZONES: Bounds = [
	[118 + 14 / 60, 21 + 5 / 60],
	[122 + 36 / 60, 26 + 32 / 60]
];
const STRAIT = INITIAL_BOUNDS as Bounds;
/** A view's bounds on a phone: tall and narrow. */
const PHONE_VIEW: Bounds = [
	[119.5, 21.0],
	[122.5, 26.5]
];
const FRAMES: [string, Bounds][] = [
	['drill zones', ZONES],
	['whole strait', STRAIT],
	['phone view', PHONE_VIEW]
];
const VIEWS: Size[] = [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
];
const RATIOS = [1, 2, 3];

function layoutFor(size: Size) {
	return overlayLayout(
		{
			width: size.width,
			height: size.height,
			scale: overlayScale(size),
			overlays: { ...DEFAULT_OVERLAYS, title: 'Live fire: 27 rockets land in zones 1 and 3' },
			time: Date.UTC(2025, 11, 30),
			attribution: attributionText(),
			permalink: 'https://example.org/#t=2025-12-30T00:00:00Z&map=6/23.7/120.9',
			legend: EXPORT_LEGEND,
			metersPerPixel: 1500
		},
		measure
	);
}

const overlaps = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, size: Size) =>
	a.x >= 0 &&
	a.y >= 0 &&
	a.x + a.width <= size.width + 1e-6 &&
	a.y + a.height <= size.height + 1e-6;

describe('fitFrame()', () => {
	for (const preset of EXPORT_PRESETS)
		for (const view of VIEWS)
			for (const dpr of RATIOS)
				for (const [name, bounds] of FRAMES) {
					it(`fitFrame() keeps the ${name} clear of every overlay: ${preset.id}, ${view.width}×${view.height} at ${dpr}×`, () => {
						// The device pixel ratio does not enter: the output size alone sets the layout.
						const size = presetSize(preset, view);
						const layout = layoutFor(size);
						const camera = fitFrame(layout, bounds);
						expect(inside(camera.frame, size)).toBe(true);
						for (const r of overlayRects(layout)) expect(overlaps(camera.frame, r)).toBe(false);
						// Every legend row at once (the worst case; exports list only the symbols drawn)
						// leaves a phone-sized output about 13% of its area for the map.
						const least = size.width < 600 ? 0.1 : 0.15;
						expect(camera.frame.width * camera.frame.height).toBeGreaterThan(
							least * size.width * size.height
						);
					});
				}

	it('fitFrame() padding in CSS pixels reproduces the free area', () => {
		const size = { width: 1920, height: 1080 };
		const layout = layoutFor(size);
		const camera = fitFrame(layout, ZONES);
		const s = layout.scale;
		expect(camera.padding.left * s).toBeCloseTo(camera.area.x, 6);
		expect(camera.padding.top * s).toBeCloseTo(camera.area.y, 6);
		expect(size.width - camera.padding.right * s).toBeCloseTo(camera.area.x + camera.area.width, 6);
		expect(size.height - camera.padding.bottom * s).toBeCloseTo(
			camera.area.y + camera.area.height,
			6
		);
	});

	it('fitFrame() lands the frame where fitBounds would, centred in the free area', () => {
		const layout = layoutFor({ width: 1080, height: 1350 });
		const camera = fitFrame(layout, ZONES);
		expect(camera.frame).toEqual(placeFrame(ZONES, camera.area));
	});
});

describe('placeFrame()', () => {
	it('placeFrame() keeps the Web Mercator shape of the box', () => {
		const area = { x: 0, y: 0, width: 1000, height: 1000 };
		const square = placeFrame(
			[
				[0, -10],
				[20, 10]
			],
			area
		);
		// 20° of longitude span more Mercator height than width near the equator only slightly.
		expect(square.height / square.width).toBeGreaterThan(1);
		expect(square.height).toBe(1000);
	});
});

describe('overlayScale()', () => {
	it('overlayScale() is 1.5 for Full HD and 3 for 4K', () => {
		expect(overlayScale({ width: 1920, height: 1080 })).toBe(1.5);
		expect(overlayScale({ width: 3840, height: 2160 })).toBe(3);
	});

	it('overlayScale() never goes below 1', () => {
		expect(overlayScale({ width: 390, height: 844 })).toBe(1);
	});

	it('overlayLayout() at overlayScale gives a phone and a desktop the same Full HD bands', () => {
		const full = EXPORT_PRESETS.find((p) => p.id === 'full-hd')!;
		const [desktop, phone] = VIEWS.map((v) => layoutFor(presetSize(full, v)));
		expect(phone!.titleBand!.rect).toEqual(desktop!.titleBand!.rect);
		expect(phone!.footer.rect).toEqual(desktop!.footer.rect);
		expect(phone!.legend!.rect).toEqual(desktop!.legend!.rect);
	});
});

describe('frameBoundsOf', () => {
	it('frameBoundsOf() falls back to the strait when no zone is drawn', () => {
		expect(frameBoundsOf('drill-zones', { view: PHONE_VIEW, zones: null, strait: STRAIT })).toBe(
			STRAIT
		);
		expect(frameBoundsOf('drill-zones', { view: PHONE_VIEW, zones: ZONES, strait: STRAIT })).toBe(
			ZONES
		);
		expect(frameBoundsOf('view', { view: PHONE_VIEW, zones: ZONES, strait: STRAIT })).toBe(
			PHONE_VIEW
		);
	});
});
