import { fitToLimit } from '../../core/export/fitToLimit';
import { legendEntries } from '../../core/export/legendEntries';
import { metersPerPixel } from '../../core/export/metersPerPixel';
import { overlayLayout } from '../../core/export/overlayLayout';
import { permalinkAt } from '../../core/export/permalinkAt';
import { renderGeometry } from '../../core/export/renderGeometry';
import type { ExportOverlays, Size } from '../../core/export/types';
import type { CameraView } from '../../core/map/view';
import { attributionText } from '../../core/style/attribution';
import type { MapScene, StyleInputs } from '../../core/style/buildStyle';
import type { LayerGroup } from '../../core/style/ids';
import { canvasMeasure, drawOverlays, loadOverlayFonts } from './drawOverlays';
import { gpuCanvasLimit } from './gpuCanvasLimit';
import { abortError, openOffscreenMap } from './openOffscreenMap';

/** Reports progress: a fraction from 0 to 1 (null when unknown) and what is being done. */
export type Progress = (fraction: number | null, label: string) => void;

/** Everything the frame loop needs for one export, all of it from app state. */
export interface FramePlan {
	inputs: StyleInputs;
	/** The scene at each frame's time: app state's sceneAt, the same function the live map uses. */
	sceneAt: (t: number) => MapScene;
	camera: CameraView;
	selected: { source: string; id: string } | null;
	/** The layer groups shown and whether the comparison overlay is on, for the legend. */
	groups: readonly LayerGroup[];
	compare: boolean;
	/** The overlay font family for the language (core/i18n/fontFamily). */
	fontFamily: string;
	/** The live view's CSS width: the export keeps its framing at a higher pixel ratio. */
	viewWidth: number;
	href: string;
	size: Size;
	times: readonly number[];
	overlaysAt: (t: number) => ExportOverlays;
	onframe: (canvas: HTMLCanvasElement, index: number) => Promise<void>;
	onprogress?: Progress;
	signal?: AbortSignal;
}

/**
 * The frame loop shared by PNG and video: opens the hidden map at the output's geometry from
 * the first frame's scene, then for each time sets that time's global state, waits until it is
 * fully drawn, copies it onto a 2D canvas, draws the overlays and hands the canvas to `onframe`.
 * Always removes the hidden map. Resolves to the size drawn and a note if it differs from the ask.
 */
export async function renderFrames(plan: FramePlan): Promise<Size & { note: string | null }> {
	const { signal, onprogress } = plan;
	const limit = gpuCanvasLimit();
	let fitted = fitToLimit(plan.size, limit);
	let geometry = renderGeometry(fitted, plan.viewWidth);
	if (geometry.canvasHeight > limit) {
		// The map canvas can be a row taller than the output (then cropped): leave room for it.
		fitted = fitToLimit(plan.size, limit - Math.ceil(geometry.pixelRatio));
		geometry = renderGeometry(fitted, plan.viewWidth);
	}
	const { width, height } = fitted;
	const notes: string[] = [];
	if (fitted.reduced) {
		notes.push(
			`This browser's GPU draws at most ${limit} px a side: exported at ${width} × ${height} instead of ${plan.size.width} × ${plan.size.height}.`
		);
	}
	onprogress?.(null, 'Drawing the map…');
	const legend = legendEntries(plan.groups, plan.compare);
	const off = await openOffscreenMap({
		inputs: plan.inputs,
		scene: plan.sceneAt(plan.times[0]!),
		camera: plan.camera,
		selected: plan.selected,
		geometry,
		maxCanvas: limit,
		signal
	});
	try {
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser could not create a 2D canvas for the export.');
		const sample = plan.times.map((t) => plan.overlaysAt(t).title).join('');
		await loadOverlayFonts(plan.fontFamily, `Aa${sample}`);
		const measure = canvasMeasure(ctx);
		const mpp = metersPerPixel(plan.camera.lat, plan.camera.zoom);
		const dropped = new Set<string>();
		for (const [i, t] of plan.times.entries()) {
			if (signal?.aborted) throw abortError();
			if (i > 0) await off.renderAt(plan.sceneAt(t).globalState ?? {}, signal);
			ctx.clearRect(0, 0, width, height);
			ctx.drawImage(off.canvas, 0, geometry.cropY, width, height, 0, 0, width, height);
			const layout = overlayLayout(
				{
					width,
					height,
					scale: geometry.pixelRatio,
					overlays: plan.overlaysAt(t),
					time: t,
					attribution: attributionText(),
					permalink: permalinkAt(plan.href, t),
					legend,
					metersPerPixel: mpp
				},
				measure
			);
			for (const d of layout.dropped) dropped.add(d);
			drawOverlays(ctx, layout, 0);
			await plan.onframe(canvas, i);
			if (plan.times.length > 1) {
				onprogress?.((i + 1) / plan.times.length, `${i + 1} of ${plan.times.length}`);
			}
		}
		if (dropped.size) notes.push(`Left out for lack of room: ${[...dropped].join(', ')}.`);
		return { width, height, note: notes.length ? notes.join(' ') : null };
	} finally {
		off.close();
	}
}
