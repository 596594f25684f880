import { fitCamera } from '../../core/export/fitCamera';
import { fitFrame, overlayRects } from '../../core/export/fitFrame';
import { fitToLimit } from '../../core/export/fitToLimit';
import type { LegendEntry } from '../../core/export/legendEntries';
import { metersPerPixel } from '../../core/export/metersPerPixel';
import {
	overlayLayout,
	type OverlayLayout,
	type OverlayWords
} from '../../core/export/overlayLayout';
import { exportGeometry, previewGeometry } from '../../core/export/overlayScale';
import { permalinkAt } from '../../core/export/permalinkAt';
import { renderGeometry, type RenderGeometry } from '../../core/export/renderGeometry';
import type { ExportOverlays, Measure, Rect, Size } from '../../core/export/types';
import type { Bounds } from '../../core/geo/bboxOf';
import type { CameraView } from '../../core/map/view';
import { attributionText } from '../../core/style/attribution';
import type { MapScene, StyleInputs } from '../../core/style/buildStyle';
import { canvasMeasure, drawOverlays, loadOverlayFonts } from './drawOverlays';
import { gpuCanvasLimit } from './gpuCanvasLimit';
import type { ImportedLayer } from '../../state/Imports.svelte';
import { drawImportLayersNow } from '../importLayers';
import { abortError, openOffscreenMap } from './openOffscreenMap';

/** Reports progress: a fraction from 0 to 1 (null when unknown) and what is being done. */
export type Progress = (fraction: number | null, label: string) => void;

/** Everything the frame loop needs for one export, all of it from app state. */
export interface FramePlan {
	inputs: StyleInputs;
	/** The scene at each frame's time: app state's sceneAt, the same function the live map uses. */
	sceneAt: (t: number) => MapScene;
	/** The lon/lat box the picture is fitted around (see frameBoundsOf). */
	bounds: Bounds;
	/**
	 * Draw as shown instead: the live camera at the live map's CSS width (the picture then
	 * matches the screen pixel for pixel where no overlay is drawn; overlays may cover the map).
	 */
	asShown?: { camera: CameraView; viewWidth: number };
	selected: { source: string; id: string } | null;
	/** The legend rows: the symbols drawn in the picture. */
	legend: readonly LegendEntry[];
	/** The user's imported datasets, drawn as on the live map. */
	imports?: readonly ImportedLayer[];
	/** The drill zones drawn, whose boxes the result reports (tests check no overlay covers one). */
	zones?: readonly { id: string; bounds: Bounds }[];
	/** The overlay font family for the language (core/i18n/fontFamily). */
	fontFamily: string;
	/** The texts drawn besides the person's own, in the app's language (English if left out). */
	words?: OverlayWords;
	/** The address the permalink starts from (see permalinkBase). */
	href: string;
	size: Size;
	/** Draw a scaled-down copy whose longer side is this many pixels (the dialog's preview). */
	previewSide?: number;
	times: readonly number[];
	overlaysAt: (t: number) => ExportOverlays;
	onframe: (canvas: HTMLCanvasElement, index: number) => Promise<void>;
	onprogress?: Progress;
	signal?: AbortSignal;
}

/** Where things landed in the first frame, in output pixels. */
export interface FrameBoxes {
	overlays: Rect[];
	/** The free rectangle the frame was fitted into, and where the frame box landed. */
	area: Rect;
	frame: Rect;
	zones: { id: string; rect: Rect }[];
}

/** What renderFrames drew: its size, a note if it differs from the ask, and its boxes. */
export interface RenderedFrames extends Size {
	note: string | null;
	camera: CameraView;
	boxes: FrameBoxes;
}

/** The layout of a frame at a time, with the scale bar for `mpp` metres per CSS pixel. */
function layoutAt(
	plan: FramePlan,
	size: Size,
	geometry: RenderGeometry,
	t: number,
	mpp: number,
	measure: Measure
): OverlayLayout {
	return overlayLayout(
		{
			width: size.width,
			height: size.height,
			scale: geometry.pixelRatio,
			overlays: plan.overlaysAt(t),
			time: t,
			attribution: attributionText(),
			permalink: permalinkAt(plan.href, t),
			legend: plan.legend,
			metersPerPixel: mpp,
			words: plan.words
		},
		measure
	);
}

/**
 * The camera that fits the plan's box into the room the overlays leave, for the frame whose
 * title band is tallest (a video's titles change), with the scale bar of that camera.
 */
function frameCamera(
	plan: FramePlan,
	size: Size,
	geometry: RenderGeometry,
	measure: Measure
): { camera: CameraView; fit: ReturnType<typeof fitFrame> } {
	const css = { width: geometry.cssWidth, height: geometry.cssHeight };
	const byTitle = new Map<string, number>();
	for (const t of plan.times) byTitle.set(plan.overlaysAt(t).title, t);
	let mpp = 1000;
	let camera: CameraView = { zoom: 0, lng: 0, lat: 0 };
	let fit: ReturnType<typeof fitFrame> | null = null;
	// Twice: the scale bar's label (and so its box) depends on the camera it measures.
	for (let pass = 0; pass < 2; pass++) {
		let tallest: OverlayLayout | null = null;
		for (const t of byTitle.values()) {
			const layout = layoutAt(plan, size, geometry, t, mpp, measure);
			if (!tallest || (layout.titleBand?.rect.height ?? 0) > (tallest.titleBand?.rect.height ?? 0))
				tallest = layout;
		}
		fit = fitFrame(tallest!, plan.bounds);
		camera = fitCamera(plan.bounds, css, fit.padding);
		mpp = metersPerPixel(camera.lat, camera.zoom);
	}
	return { camera, fit: fit! };
}

/**
 * The frame loop shared by PNG, preview and video: lays out the overlays for the output (their
 * size from the output alone, never from the device), fits the plan's box into the room they
 * leave, opens the hidden map with that camera and the first frame's scene, then for each time
 * sets that time's global state, waits until it is fully drawn, copies it onto a 2D canvas,
 * draws the overlays and hands the canvas to `onframe`. Always removes the hidden map.
 */
export async function renderFrames(plan: FramePlan): Promise<RenderedFrames> {
	const { signal, onprogress } = plan;
	const limit = gpuCanvasLimit();
	let fitted = fitToLimit(plan.size, limit);
	const geometryOf = (s: Size) =>
		plan.asShown
			? { ...renderGeometry(s, plan.asShown.viewWidth), size: s }
			: plan.previewSide
				? previewGeometry(s, plan.previewSide)
				: { ...exportGeometry(s), size: s };
	let geometry = geometryOf(fitted);
	if (geometry.canvasHeight > limit || geometry.canvasWidth > limit) {
		// The map canvas can be a row taller than the output (then cropped): leave room for it.
		fitted = fitToLimit(plan.size, limit - Math.ceil(geometry.pixelRatio));
		geometry = geometryOf(fitted);
	}
	const { width, height } = geometry.size;
	const notes: string[] = [];
	if (fitted.reduced) {
		notes.push(
			`This browser's GPU draws at most ${limit} px a side: exported at ${fitted.width} × ${fitted.height} instead of ${plan.size.width} × ${plan.size.height}.`
		);
	}
	onprogress?.(null, 'Drawing the map…');
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser could not create a 2D canvas for the export.');
	const sample = plan.times
		.map((t) => {
			const o = plan.overlaysAt(t);
			return `${o.title}${o.subtitle ?? ''}${o.note ?? ''}${o.source ?? ''}${o.byline ?? ''}`;
		})
		.join('');
	await loadOverlayFonts(plan.fontFamily, `Aa${sample}`);
	if (signal?.aborted) throw abortError();
	const measure = canvasMeasure(ctx);
	const whole = { x: 0, y: 0, width, height };
	const { camera, fit } = plan.asShown
		? { camera: plan.asShown.camera, fit: { area: whole, frame: whole } }
		: frameCamera(plan, { width, height }, geometry, measure);
	const off = await openOffscreenMap({
		inputs: plan.inputs,
		scene: plan.sceneAt(plan.times[0]!),
		camera,
		selected: plan.selected,
		geometry,
		maxCanvas: limit,
		signal
	});
	let undrawImports = () => {};
	try {
		const shown = (plan.imports ?? []).filter((l) => l.visible);
		if (shown.length) {
			undrawImports = drawImportLayersNow(off.map, shown);
			await off.renderAt(plan.sceneAt(plan.times[0]!).globalState ?? {}, signal);
		}
		const mpp = metersPerPixel(camera.lat, camera.zoom);
		const dropped = new Set<string>();
		let boxes: FrameBoxes | null = null;
		for (const [i, t] of plan.times.entries()) {
			if (signal?.aborted) throw abortError();
			if (i > 0) await off.renderAt(plan.sceneAt(t).globalState ?? {}, signal);
			ctx.clearRect(0, 0, width, height);
			ctx.drawImage(off.canvas, 0, geometry.cropY, width, height, 0, 0, width, height);
			const layout = layoutAt(plan, { width, height }, geometry, t, mpp, measure);
			for (const d of layout.dropped) dropped.add(d);
			drawOverlays(ctx, layout, 0);
			boxes ??= {
				overlays: overlayRects(layout),
				area: fit.area,
				frame: fit.frame,
				zones: (plan.zones ?? []).map(({ id, bounds }) => {
					const [[w, s], [e, n]] = bounds;
					const a = off.map.project([w, n]);
					const b = off.map.project([e, s]);
					const r = geometry.pixelRatio;
					return {
						id,
						rect: {
							x: a.x * r,
							y: a.y * r - geometry.cropY,
							width: (b.x - a.x) * r,
							height: (b.y - a.y) * r
						}
					};
				})
			};
			await plan.onframe(canvas, i);
			if (plan.times.length > 1) {
				onprogress?.((i + 1) / plan.times.length, `${i + 1} of ${plan.times.length}`);
			}
		}
		if (dropped.size) notes.push(`Left out for lack of room: ${[...dropped].join(', ')}.`);
		return { width, height, camera, boxes: boxes!, note: notes.length ? notes.join(' ') : null };
	} finally {
		undrawImports();
		off.close();
	}
}
