import type { OverlayLayout, TextLine } from '../../core/export/overlayLayout';
import type { LegendRow } from '../../core/export/overlayLayout';
import type { Measure, Rect } from '../../core/export/types';
import { textByFamily } from '../../core/i18n/textByFamily';
import { PALETTE } from '../../core/style/palette';

const FONT_FAMILY = '"Noto Sans", sans-serif';
/** The family of the export being drawn (exports run one at a time): Noto Sans, plus CJK. */
let family = FONT_FAMILY;
/** The weights the overlays are drawn in. */
const WEIGHTS = [400, 700] as const;
const BAND = 'rgba(255, 255, 255, 0.93)';
const BOX = 'rgba(255, 255, 255, 0.9)';
const RULE = '#c9d1d8';
const MUTED = '#4f5a64';

/** The canvas font string for a size and weight. */
function font(size: number, weight: 400 | 700): string {
	return `${weight} ${size}px ${family}`;
}

/**
 * Sets the overlays' font family (core/i18n/fontFamily: bundled Noto Sans, plus the interface's
 * Noto Sans TC or JP subset, then the whole face) and waits until the faces covering `text` have
 * loaded, so canvas text uses the bundled fonts, never a system fallback that differs between
 * machines. Each family is asked only for what the families before it lack (textByFamily): the
 * whole CJK face's slices load only for text the subset lacks, such as a dataset's own name.
 */
export async function loadOverlayFonts(fontFamily = FONT_FAMILY, text = 'Aa'): Promise<void> {
	family = fontFamily;
	const { default: characters } = await import('../../ui/fonts/subset/characters.json');
	await Promise.all(
		textByFamily(fontFamily, characters.families, text).flatMap(([name, chars]) =>
			WEIGHTS.map((weight) => document.fonts.load(`${weight} 16px "${name}"`, chars))
		)
	);
}

/** A Measure backed by a 2D canvas context, in the overlay font. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
	return (text, size, weight) => {
		ctx.font = font(size, weight);
		return ctx.measureText(text).width;
	};
}

function text(ctx: CanvasRenderingContext2D, line: TextLine): void {
	ctx.font = font(line.size, line.weight);
	ctx.fillStyle = line.tone === 'muted' ? MUTED : PALETTE.text;
	ctx.textBaseline = 'middle';
	ctx.textAlign = 'left';
	ctx.fillText(line.text, line.x, line.y + line.lineHeight / 2);
}

function box(ctx: CanvasRenderingContext2D, r: Rect, s: number, fill = BOX): void {
	ctx.beginPath();
	ctx.roundRect(r.x, r.y, r.width, r.height, 6 * s);
	ctx.fillStyle = fill;
	ctx.fill();
	ctx.lineWidth = Math.max(1, s);
	ctx.strokeStyle = RULE;
	ctx.stroke();
}

function band(ctx: CanvasRenderingContext2D, r: Rect, ruleY: number, s: number): void {
	ctx.fillStyle = BAND;
	ctx.fillRect(r.x, r.y, r.width, r.height);
	ctx.fillStyle = RULE;
	ctx.fillRect(r.x, ruleY - Math.max(1, s) / 2, r.width, Math.max(1, s));
}

function swatch(ctx: CanvasRenderingContext2D, row: LegendRow, s: number): void {
	const { swatch: r, entry } = row;
	const cx = r.x + r.width / 2;
	const cy = r.y + r.height / 2;
	ctx.save();
	ctx.setLineDash((entry.dash ?? []).map((d) => d * s));
	ctx.strokeStyle = entry.color;
	ctx.fillStyle = entry.color;
	if (entry.kind === 'area') {
		ctx.globalAlpha = 0.35;
		ctx.fillRect(r.x, r.y, r.width, r.height);
		ctx.globalAlpha = 1;
		ctx.lineWidth = 2 * s;
		ctx.strokeRect(r.x + s, r.y + s, r.width - 2 * s, r.height - 2 * s);
	} else if (entry.kind === 'line') {
		ctx.lineWidth = 2 * s;
		ctx.beginPath();
		ctx.moveTo(r.x, cy);
		ctx.lineTo(r.x + r.width, cy);
		ctx.stroke();
	} else {
		const radius = (entry.kind === 'ring' ? 5 : 5.5) * s;
		ctx.beginPath();
		ctx.arc(cx, cy, radius, 0, Math.PI * 2);
		ctx.fillStyle = entry.kind === 'ring' ? '#ffffff' : entry.color;
		ctx.fill();
		ctx.lineWidth = (entry.kind === 'ring' ? 2 : 1.5) * s;
		ctx.strokeStyle = entry.kind === 'ring' ? entry.color : '#ffffff';
		ctx.stroke();
	}
	ctx.restore();
}

function northArrow(ctx: CanvasRenderingContext2D, r: Rect, bearing: number, s: number): void {
	const cx = r.x + r.width / 2;
	const cy = r.y + r.height / 2;
	const radius = r.width / 2;
	ctx.save();
	ctx.beginPath();
	ctx.arc(cx, cy, radius, 0, Math.PI * 2);
	ctx.fillStyle = BOX;
	ctx.fill();
	ctx.lineWidth = Math.max(1, s);
	ctx.strokeStyle = RULE;
	ctx.stroke();
	ctx.translate(cx, cy);
	ctx.rotate((-bearing * Math.PI) / 180);
	// "N" in the upper half, the arrow pointing at it in the lower half.
	ctx.font = font(radius * 0.62, 700);
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	ctx.fillStyle = PALETTE.text;
	ctx.fillText('N', 0, -radius * 0.4);
	const half = radius * 0.3;
	ctx.beginPath();
	ctx.moveTo(0, -radius * 0.02);
	ctx.lineTo(half, radius * 0.72);
	ctx.lineTo(0, radius * 0.5);
	ctx.lineTo(-half, radius * 0.72);
	ctx.closePath();
	ctx.fill();
	ctx.restore();
}

/**
 * Draws the overlays laid out by overlayLayout() onto a 2D context that already holds the map:
 * the title band, legend, scale bars, north arrow (turned by the map's bearing) and the footer
 * with the attribution and link. Text is drawn with fillText, never parsed as HTML.
 */
export function drawOverlays(
	ctx: CanvasRenderingContext2D,
	layout: OverlayLayout,
	bearing = 0
): void {
	const s = layout.scale;
	ctx.save();
	if (layout.titleBand) {
		const r = layout.titleBand.rect;
		band(ctx, r, r.y + r.height, s);
		for (const l of layout.titleBand.lines) text(ctx, l);
	}
	if (layout.legend) {
		box(ctx, layout.legend.rect, s);
		text(ctx, layout.legend.heading);
		for (const row of layout.legend.rows) {
			swatch(ctx, row, s);
			text(ctx, row.text);
		}
	}
	if (layout.scaleBar) {
		box(ctx, layout.scaleBar.rect, s);
		ctx.strokeStyle = PALETTE.text;
		ctx.lineWidth = 1.5 * s;
		ctx.lineCap = 'butt';
		for (const bar of layout.scaleBar.bars) {
			const tick = 5 * s;
			ctx.beginPath();
			ctx.moveTo(bar.x, bar.y - tick);
			ctx.lineTo(bar.x, bar.y);
			ctx.lineTo(bar.x + bar.width, bar.y);
			ctx.lineTo(bar.x + bar.width, bar.y - tick);
			ctx.stroke();
			text(ctx, bar.label);
		}
	}
	if (layout.northArrow) northArrow(ctx, layout.northArrow.rect, bearing, s);
	const f = layout.footer;
	band(ctx, f.rect, f.rect.y, s);
	for (const l of [...f.attribution, ...f.permalink]) text(ctx, l);
	ctx.restore();
}
