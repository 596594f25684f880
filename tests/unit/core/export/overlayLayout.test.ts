import { describe, expect, it } from 'vitest';
import { EXPORT_LEGEND } from '../../../../src/lib/core/export/legendEntries';
import { overlayLayout, type OverlayInput } from '../../../../src/lib/core/export/overlayLayout';
import { DEFAULT_OVERLAYS, EXPORT_PRESETS } from '../../../../src/lib/core/export/presets';
import { presetSize } from '../../../../src/lib/core/export/presetSize';
import { renderGeometry } from '../../../../src/lib/core/export/renderGeometry';
import type { Rect } from '../../../../src/lib/core/export/types';
import { attributionText } from '../../../../src/lib/core/style/attribution';
import { NO_OVERLAYS } from '../../../fixtures/noOverlays';
import { measure } from './measure';

const VIEW = { width: 1280, height: 800 };
const T = Date.UTC(2025, 11, 30, 0, 0);
const LINK = 'https://example.org/strait-atlas/#t=2025-12-30T00:00:00Z&map=6.2/23.7/120.9';

function input(width: number, height: number, scale: number): OverlayInput {
	return {
		width,
		height,
		scale,
		overlays: { ...DEFAULT_OVERLAYS, title: 'Live fire: 27 rockets land in zones 1 and 3' },
		time: T,
		attribution: attributionText(),
		permalink: LINK,
		legend: EXPORT_LEGEND,
		metersPerPixel: 1500
	};
}

function presetLayout(id: string) {
	const preset = EXPORT_PRESETS.find((p) => p.id === id)!;
	const size = presetSize(preset, VIEW);
	const { pixelRatio } = renderGeometry(size, VIEW.width);
	return overlayLayout(input(size.width, size.height, pixelRatio), measure);
}

const boxes = (l: ReturnType<typeof overlayLayout>): [string, Rect][] =>
	[
		['title band', l.titleBand?.rect],
		['legend', l.legend?.rect],
		['scale bar', l.scaleBar?.rect],
		['north arrow', l.northArrow?.rect],
		['footer', l.footer.rect]
	].filter((e): e is [string, Rect] => e[1] !== undefined);

const inside = (r: Rect, w: number, h: number) =>
	r.x >= 0 && r.y >= 0 && r.x + r.width <= w + 1e-6 && r.y + r.height <= h + 1e-6;
const overlap = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('overlayLayout()', () => {
	for (const preset of EXPORT_PRESETS) {
		it(`overlayLayout() keeps every overlay inside the ${preset.id} frame`, () => {
			const l = presetLayout(preset.id);
			for (const [name, r] of boxes(l)) expect(inside(r, l.width, l.height), name).toBe(true);
			const lines = [
				...(l.titleBand?.lines ?? []),
				...(l.legend?.rows.map((r) => r.text) ?? []),
				...l.footer.attribution,
				...l.footer.permalink
			];
			for (const line of lines) {
				const w = measure(line.text, line.size, line.weight);
				expect(line.x + w, line.text).toBeLessThanOrEqual(l.width);
			}
		});

		it(`overlayLayout() places title band, legend, scale bar, arrow and attribution without overlap (${preset.id})`, () => {
			const l = presetLayout(preset.id);
			expect(l.dropped).toEqual([]);
			const all = boxes(l);
			expect(all.map(([name]) => name)).toEqual([
				'title band',
				'legend',
				'scale bar',
				'north arrow',
				'footer'
			]);
			for (const [i, [a, ra]] of all.entries()) {
				for (const [b, rb] of all.slice(i + 1)) expect(overlap(ra, rb), `${a} / ${b}`).toBe(false);
			}
		});
	}

	it('overlayLayout() scales every font with the pixel ratio', () => {
		const one = overlayLayout(input(1280, 720, 1), measure);
		const three = overlayLayout(input(3840, 2160, 3), measure);
		expect(three.fonts).toEqual({
			title: one.fonts.title * 3,
			subtitle: one.fonts.subtitle * 3,
			time: one.fonts.time * 3,
			legend: one.fonts.legend * 3,
			footer: one.fonts.footer * 3
		});
		expect(three.titleBand!.rect.height).toBeCloseTo(one.titleBand!.rect.height * 3, 6);
		expect(three.legend!.rect.width).toBeCloseTo(one.legend!.rect.width * 3, 6);
	});

	it('overlayLayout() writes the time stamp in Taipei time and UTC under the title', () => {
		const l = overlayLayout(input(1920, 1080, 1.5), measure);
		expect(l.titleBand!.lines.map((x) => x.text)).toEqual([
			'Live fire: 27 rockets land in zones 1 and 3',
			'30 Dec 2025, 08:00 Taipei time (UTC+8) · 30 Dec 2025, 00:00 UTC'
		]);
	});

	it('overlayLayout() always carries the full attribution, even with every overlay off', () => {
		const l = overlayLayout({ ...input(1080, 1080, 1), overlays: NO_OVERLAYS }, measure);
		expect(l.footer.attribution.map((x) => x.text).join(' ')).toBe(
			`Strait Atlas · Data: ${attributionText()}`
		);
		expect(l.titleBand).toBeNull();
		expect(l.legend).toBeNull();
		expect(l.scaleBar).toBeNull();
		expect(l.northArrow).toBeNull();
		expect(l.footer.permalink).toEqual([]);
	});

	it('overlayLayout() wraps the link by characters and keeps all of it', () => {
		const l = overlayLayout(input(400, 700, 1), measure);
		expect(l.footer.permalink.length).toBeGreaterThan(1);
		expect(l.footer.permalink.map((x) => x.text).join('')).toBe(LINK);
	});

	it('overlayLayout() cuts a long title to two lines ending in an ellipsis', () => {
		const long = 'A very long title '.repeat(20).trim();
		const l = overlayLayout(
			{ ...input(800, 600, 1), overlays: { ...DEFAULT_OVERLAYS, title: long } },
			measure
		);
		const title = l.titleBand!.lines.filter((x) => x.weight === 700);
		expect(title).toHaveLength(2);
		expect(title[1]!.text.endsWith('…')).toBe(true);
	});

	it('overlayLayout() leaves the legend out of a frame too short for it and says so', () => {
		const l = overlayLayout(input(1280, 260, 1), measure);
		expect(l.legend).toBeNull();
		expect(l.dropped).toContain('legend');
	});

	it('overlayLayout() moves the scale bar above the legend when the frame is too narrow for both', () => {
		const l = overlayLayout(input(360, 900, 1), measure);
		expect(l.legend).not.toBeNull();
		expect(l.scaleBar).not.toBeNull();
		expect(l.scaleBar!.rect.y + l.scaleBar!.rect.height).toBeLessThanOrEqual(l.legend!.rect.y);
	});

	it('overlayLayout() labels the scale bars in kilometres and nautical miles', () => {
		const l = overlayLayout(input(1280, 800, 1), measure);
		expect(l.scaleBar!.bars.map((b) => b.label.text)).toEqual(['100 km', '50 nm']);
	});

	it('overlayLayout() puts the subtitle between the title and the time stamp', () => {
		const base = input(1920, 1080, 1.5);
		const l = overlayLayout(
			{ ...base, overlays: { ...base.overlays, subtitle: 'Zones announced by the PLA' } },
			measure
		);
		const texts = l.titleBand!.lines.map((x) => x.text);
		expect(texts[1]).toBe('Zones announced by the PLA');
		expect(l.titleBand!.lines[1]!.size).toBe(l.fonts.subtitle);
		expect(l.titleBand!.rect.height).toBeGreaterThan(
			overlayLayout(base, measure).titleBand!.rect.height
		);
	});

	it('overlayLayout() writes the note, source line and byline above the attribution', () => {
		const base = input(1920, 1080, 1.5);
		const l = overlayLayout(
			{
				...base,
				overlays: {
					...base.overlays,
					note: 'Zones as announced.',
					source: 'Source: Eastern Theater Command',
					byline: 'Map: A. Chen'
				}
			},
			measure
		);
		const texts = l.footer.attribution.map((x) => x.text);
		expect(texts.slice(0, 3)).toEqual([
			'Zones as announced.',
			'Source: Eastern Theater Command',
			'Map: A. Chen'
		]);
		expect(texts[3]).toMatch(/^Strait Atlas · Data:/);
	});

	it('overlayLayout() draws the legend heading, labels, credit and time in the words given', () => {
		const base = input(1920, 1080, 1.5);
		const words = {
			legend: '凡例',
			data: 'データ',
			timeStamp: () => '2025年12月30日 8:00 台北時間',
			labels: { 'median-line': '中間線' }
		};
		const l = overlayLayout({ ...base, words }, measure);
		expect(l.legend!.heading.text).toBe('凡例');
		const median = l.legend!.rows.find((r) => r.entry.id === 'median-line')!;
		expect(median.text.text).toBe('中間線');
		expect(l.titleBand!.lines.at(-1)!.text).toBe('2025年12月30日 8:00 台北時間');
		expect(l.footer.attribution[0]!.text).toMatch(/^Strait Atlas · データ: /);
	});
});
