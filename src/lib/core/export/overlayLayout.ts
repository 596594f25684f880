import type { LegendEntry } from './legendEntries';
import { scaleBar } from './scaleBar';
import { timeStampText } from './timeStampText';
import type { ExportOverlays, Measure, Rect } from './types';
import { wrapText } from './wrapText';

/** One line of text: its top-left corner, font and line height, in output pixels. */
export interface TextLine {
	text: string;
	x: number;
	/** Top of the line box; draw with textBaseline 'middle' at y + lineHeight / 2. */
	y: number;
	size: number;
	lineHeight: number;
	weight: 400 | 700;
	tone: 'ink' | 'muted';
}

/** One legend row: the swatch's box, the entry it draws and its label. */
export interface LegendRow {
	swatch: Rect;
	entry: LegendEntry;
	text: TextLine;
}

/** One scale bar: the bar's left end and length, its baseline, and its label. */
export interface ScaleBarRow {
	x: number;
	y: number;
	width: number;
	label: TextLine;
}

/** Where everything drawn over the map goes, in output pixels. */
export interface OverlayLayout {
	width: number;
	height: number;
	/** Output pixels per CSS pixel: every size below is a CSS size times it. */
	scale: number;
	fonts: { title: number; subtitle: number; time: number; legend: number; footer: number };
	titleBand: { rect: Rect; lines: TextLine[] } | null;
	legend: { rect: Rect; heading: TextLine; rows: LegendRow[] } | null;
	scaleBar: { rect: Rect; bars: ScaleBarRow[] } | null;
	northArrow: { rect: Rect } | null;
	/** Always drawn: the attribution and, when asked for, the link. */
	footer: { rect: Rect; attribution: TextLine[]; permalink: TextLine[] };
	/** Overlays asked for that did not fit in the frame. */
	dropped: ('legend' | 'scaleBar' | 'northArrow')[];
}

/** What the layout needs to know about one export. */
export interface OverlayInput {
	width: number;
	height: number;
	/** Output pixels per CSS pixel (the offscreen map's pixel ratio). */
	scale: number;
	overlays: ExportOverlays;
	/** Story time drawn, epoch ms. */
	time: number;
	/** The attribution line, from attributionText(). */
	attribution: string;
	/** The link to the view. */
	permalink: string;
	legend: readonly LegendEntry[];
	/** Ground metres per CSS pixel at the map's centre. */
	metersPerPixel: number;
	/** The texts in the export's language; English when left out. */
	words?: OverlayWords;
}

/** The words an export draws besides the person's own: in the language of the app. */
export interface OverlayWords {
	/** The legend's heading. */
	legend: string;
	/** Before the attribution: "Data". */
	data: string;
	/** The time stamp (see timeStampTextIn). */
	timeStamp: (t: number) => string;
	/** Legend labels by LegendEntry id; an id left out keeps the entry's English label. */
	labels: Partial<Record<string, string>>;
}

/** The English words, as the legend entries and timeStampText write them. */
export const ENGLISH_WORDS: OverlayWords = {
	legend: 'Legend',
	data: 'Data',
	timeStamp: timeStampText,
	labels: {}
};

/** CSS-pixel sizes of the overlays, before scaling. */
const CSS = {
	margin: 16,
	bandPadY: 10,
	title: 24,
	subtitle: 16,
	time: 14,
	legend: 12,
	footer: 11,
	lineHeight: 1.3,
	legendPad: 10,
	legendRow: 18,
	swatchW: 22,
	swatchH: 12,
	swatchGap: 8,
	scaleMax: 100,
	scalePad: 8,
	scaleRow: 18,
	scaleGap: 6,
	arrow: 36,
	gap: 10,
	titleLines: 2,
	linkLines: 3
} as const;

const overlaps = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function ellipsize(line: string, maxWidth: number, fits: (s: string) => boolean): string {
	if (fits(line)) return line;
	let cut = line;
	while (cut.length > 1 && !fits(`${cut}…`)) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}

/**
 * Lays out the overlays of an export over a `width` × `height` frame: a title band across the
 * top (title and time stamp), a footer band across the bottom (attribution, always, and the
 * link), the legend bottom-left and the scale bars bottom-right between the bands, the north
 * arrow top-right under the title band. Every size is a CSS size times `scale`, so a 4K export
 * reads like the screen. An overlay that cannot fit without overlapping another is left out and
 * listed in `dropped`. Text widths come from `measure` (a canvas in the browser).
 */
export function overlayLayout(input: OverlayInput, measure: Measure): OverlayLayout {
	const { width: W, height: H, scale: s, overlays } = input;
	const words = input.words ?? ENGLISH_WORDS;
	const labelOf = (e: LegendEntry) => words.labels[e.id] ?? e.label;
	const px = (v: number) => v * s;
	const margin = px(CSS.margin);
	const fonts = {
		title: px(CSS.title),
		subtitle: px(CSS.subtitle),
		time: px(CSS.time),
		legend: px(CSS.legend),
		footer: px(CSS.footer)
	};
	const lh = (size: number) => size * CSS.lineHeight;
	const innerWidth = Math.max(1, W - 2 * margin);
	const dropped: OverlayLayout['dropped'] = [];
	const line = (
		text: string,
		x: number,
		y: number,
		size: number,
		weight: 400 | 700 = 400,
		tone: TextLine['tone'] = 'ink'
	): TextLine => ({ text, x, y, size, lineHeight: lh(size), weight, tone });

	// Title band.
	let titleBand: OverlayLayout['titleBand'] = null;
	const title = overlays.title.trim();
	const subtitle = overlays.subtitle?.trim() ?? '';
	if (title || subtitle || overlays.timeStamp) {
		const lines: TextLine[] = [];
		let y = px(CSS.bandPadY);
		if (title) {
			const fits = (t: string) => measure(t, fonts.title, 700) <= innerWidth;
			const wrapped = wrapText(title, innerWidth, measure, fonts.title, 700);
			const kept = wrapped.slice(0, CSS.titleLines);
			if (wrapped.length > CSS.titleLines) {
				const rest = wrapped.slice(CSS.titleLines - 1).join(' ');
				kept[CSS.titleLines - 1] = ellipsize(rest, innerWidth, fits);
			}
			for (const text of kept) {
				lines.push(line(text, margin, y, fonts.title, 700));
				y += lh(fonts.title);
			}
		}
		if (subtitle) {
			if (title) y += px(2);
			for (const text of wrapText(subtitle, innerWidth, measure, fonts.subtitle).slice(0, 2)) {
				lines.push(line(text, margin, y, fonts.subtitle));
				y += lh(fonts.subtitle);
			}
		}
		if (overlays.timeStamp) {
			if (title || subtitle) y += px(2);
			for (const text of wrapText(words.timeStamp(input.time), innerWidth, measure, fonts.time)) {
				lines.push(line(text, margin, y, fonts.time, 400, 'muted'));
				y += lh(fonts.time);
			}
		}
		titleBand = { rect: { x: 0, y: 0, width: W, height: y + px(CSS.bandPadY) }, lines };
	}

	// Footer band, always: the person's note, source line and byline, the attribution, the link.
	const own = [overlays.note, overlays.source, overlays.byline]
		.map((t) => t?.trim() ?? '')
		.filter(Boolean)
		.flatMap((t) => wrapText(t, innerWidth, measure, fonts.footer).slice(0, 3));
	const footerText = `Strait Atlas · ${words.data}: ${input.attribution}`;
	const attributionLines = [...own, ...wrapText(footerText, innerWidth, measure, fonts.footer)];
	const linkLines = overlays.permalink
		? wrapText(input.permalink, innerWidth, measure, fonts.footer).slice(0, CSS.linkLines)
		: [];
	const footerHeight =
		2 * px(CSS.bandPadY) * 0.8 + (attributionLines.length + linkLines.length) * lh(fonts.footer);
	const footerTop = H - footerHeight;
	let fy = footerTop + px(CSS.bandPadY) * 0.8;
	const attribution = attributionLines.map((text) => {
		const l = line(text, margin, fy, fonts.footer);
		fy += l.lineHeight;
		return l;
	});
	const permalink = linkLines.map((text) => {
		const l = line(text, margin, fy, fonts.footer, 400, 'muted');
		fy += l.lineHeight;
		return l;
	});
	const footer = {
		rect: { x: 0, y: footerTop, width: W, height: footerHeight },
		attribution,
		permalink
	};

	// The map area left between the bands.
	const top = (titleBand ? titleBand.rect.height : 0) + margin;
	const bottom = footerTop - margin;

	// North arrow, top right.
	let northArrow: OverlayLayout['northArrow'] = null;
	if (overlays.northArrow) {
		const size = px(CSS.arrow);
		if (top + size <= bottom && size <= innerWidth) {
			northArrow = { rect: { x: W - margin - size, y: top, width: size, height: size } };
		} else dropped.push('northArrow');
	}

	// Legend, bottom left.
	let legend: OverlayLayout['legend'] = null;
	if (overlays.legend && input.legend.length) {
		const pad = px(CSS.legendPad);
		const rowH = px(CSS.legendRow);
		const textX = pad + px(CSS.swatchW) + px(CSS.swatchGap);
		const textWidth = Math.max(
			measure(words.legend, fonts.legend, 700),
			...input.legend.map((e) => measure(labelOf(e), fonts.legend, 400))
		);
		const rect = {
			x: margin,
			y: 0,
			width: textX + textWidth + pad,
			height: 2 * pad + lh(fonts.legend) + input.legend.length * rowH
		};
		rect.y = bottom - rect.height;
		if (rect.y >= top && rect.width <= innerWidth) {
			const heading = line(words.legend, rect.x + pad, rect.y + pad, fonts.legend, 700);
			const rows = input.legend.map((entry, i): LegendRow => {
				const rowTop = rect.y + pad + lh(fonts.legend) + i * rowH;
				return {
					entry,
					swatch: {
						x: rect.x + pad,
						y: rowTop + (rowH - px(CSS.swatchH)) / 2,
						width: px(CSS.swatchW),
						height: px(CSS.swatchH)
					},
					text: {
						...line(labelOf(entry), rect.x + textX, rowTop, fonts.legend),
						lineHeight: rowH
					}
				};
			});
			legend = { rect, heading, rows };
		} else dropped.push('legend');
	}

	// Scale bars, bottom right (above the legend when the frame is too narrow for both).
	let scaleBarBox: OverlayLayout['scaleBar'] = null;
	if (overlays.scaleBar) {
		const pad = px(CSS.scalePad);
		const rowH = px(CSS.scaleRow);
		const specs = [
			scaleBar(input.metersPerPixel, CSS.scaleMax, 'metric'),
			scaleBar(input.metersPerPixel, CSS.scaleMax, 'nautical')
		];
		const labelWidth = Math.max(...specs.map((b) => measure(b.label, fonts.legend, 400)));
		const rect = {
			x: 0,
			y: 0,
			width: 2 * pad + px(CSS.scaleMax) + px(CSS.scaleGap) + labelWidth,
			height: 2 * pad + specs.length * rowH
		};
		rect.x = W - margin - rect.width;
		rect.y = bottom - rect.height;
		if (legend && overlaps(rect, { ...legend.rect, width: legend.rect.width + px(CSS.gap) })) {
			rect.y = legend.rect.y - px(CSS.gap) - rect.height;
		}
		const clear =
			rect.x >= margin &&
			rect.y >= top &&
			!(northArrow && overlaps(rect, northArrow.rect)) &&
			!(legend && overlaps(rect, legend.rect));
		if (clear) {
			const bars = specs.map((b, i): ScaleBarRow => {
				const rowTop = rect.y + pad + i * rowH;
				const x = rect.x + pad;
				return {
					x,
					y: rowTop + rowH * 0.75,
					width: px(b.width),
					label: {
						...line(b.label, x + px(b.width) + px(CSS.scaleGap), rowTop, fonts.legend),
						lineHeight: rowH
					}
				};
			});
			scaleBarBox = { rect, bars };
		} else dropped.push('scaleBar');
	}

	return {
		width: W,
		height: H,
		scale: s,
		fonts,
		titleBand,
		legend,
		scaleBar: scaleBarBox,
		northArrow,
		footer,
		dropped
	};
}
