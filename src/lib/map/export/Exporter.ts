import type { FeatureCollection } from 'geojson';
import type { Map as MlMap } from 'maplibre-gl';
import { exportFileName } from '../../core/export/exportFileName';
import { featuresAtTime } from '../../core/export/featuresAtTime';
import { fitToLimit } from '../../core/export/fitToLimit';
import { legendEntries } from '../../core/export/legendEntries';
import { metersPerPixel } from '../../core/export/metersPerPixel';
import { overlayLayout } from '../../core/export/overlayLayout';
import { permalinkAt } from '../../core/export/permalinkAt';
import {
	DEFAULT_OVERLAYS,
	DEFAULT_PRESET,
	EXPORT_PRESETS,
	MAX_EXPORT_SIDE
} from '../../core/export/presets';
import { presetSize } from '../../core/export/presetSize';
import { renderGeometry } from '../../core/export/renderGeometry';
import type { ExportOverlays, Size, SnapshotOptions } from '../../core/export/types';
import { videoPlan } from '../../core/export/videoPlan';
import { attributionText } from '../../core/style/attribution';
import { GROUP_LAYERS, LAYER_GROUPS, type LayerGroup } from '../../core/style/ids';
import { STATE } from '../../core/style/timeExpressions';
import type { MapController } from '../MapController.svelte';
import { canvasMeasure, drawOverlays, loadOverlayFonts } from './drawOverlays';
import { gpuCanvasLimit } from './gpuCanvasLimit';
import { abortError, openOffscreenMap } from './openOffscreenMap';

/** What the exporter reads from the app. */
export interface ExporterDeps {
	controller: MapController;
	/** The app's time and moving window now (the map may be a frame behind). */
	timeState: () => { t: number; windowMs: number };
	/** The default title at a time: the name of the event current then. */
	titleAt: (t: number) => string;
	/** The loaded data, for the GeoJSON export. */
	collections: () => Partial<Record<string, FeatureCollection>>;
	/** The link to the view; location.href by default. */
	href?: () => string;
}

/** Reports progress: a fraction from 0 to 1 (null when unknown) and what is being done. */
export type Progress = (fraction: number | null, label: string) => void;

/** One PNG export: size, time (the app's time if left out) and overlays. */
export interface SnapshotRequest {
	size: Size;
	time?: number;
	overlays: ExportOverlays;
}

/** One playback video: from `start` to `end` (epoch ms), size, frame rate and overlays. */
export interface VideoRequest {
	start: number;
	end: number;
	size: Size;
	fps: number;
	overlays: ExportOverlays;
	/** Title each frame with the event current at its time instead of `overlays.title`. */
	autoTitle: boolean;
}

/** A finished export: the file, its name and size, and a note for the user if any. */
export interface ExportResult {
	blob: Blob;
	fileName: string;
	width: number;
	height: number;
	/** Why the export differs from what was asked (smaller size, an overlay left out), or null. */
	note: string | null;
}

/** Everything a frame loop needs to know about one export. */
interface FramePlan {
	size: Size;
	times: readonly number[];
	overlaysAt: (t: number) => ExportOverlays;
	onframe: (canvas: HTMLCanvasElement, index: number) => Promise<void>;
	onprogress?: Progress;
	signal?: AbortSignal;
}

const PNG = 'image/png';

/**
 * Renders exports of the map as the user sees it (time, window, comparison, visible layers,
 * selection) on a hidden copy of the map, so the live map is never disturbed: PNG snapshots at
 * any preset size, playback videos (WebM, VP9 or VP8, frame by frame at exact times) and the
 * GeoJSON of the features drawn now. Overlays and attribution are composed on a 2D canvas.
 */
export class Exporter {
	#deps: ExporterDeps;

	constructor(deps: ExporterDeps) {
		this.#deps = deps;
	}

	/** The live map's CSS size: what the "current view" presets multiply. */
	viewSize(): Size {
		const el = this.#deps.controller.map?.getContainer();
		return {
			width: el?.clientWidth || window.innerWidth,
			height: el?.clientHeight || window.innerHeight
		};
	}

	/** The camera in URL form, for file names. */
	view(): { zoom: number; lat: number; lng: number } {
		const map = this.#deps.controller.map;
		if (!map) return { zoom: 0, lat: 0, lng: 0 };
		const c = map.getCenter();
		return { zoom: map.getZoom(), lat: c.lat, lng: c.lng };
	}

	/** The default title at a time (the app's time if left out). */
	defaultTitle(t = this.#deps.timeState().t): string {
		return this.#deps.titleAt(t);
	}

	/** The layer groups drawn now on the live map. */
	visibleGroups(map: MlMap | null = this.#deps.controller.map): LayerGroup[] {
		if (!map) return [...LAYER_GROUPS];
		return LAYER_GROUPS.filter((g) =>
			GROUP_LAYERS[g].some(
				(id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none'
			)
		);
	}

	/** Renders one PNG. Rejects with an AbortError when `signal` aborts. */
	async snapshot(
		request: SnapshotRequest,
		signal?: AbortSignal,
		onprogress?: Progress
	): Promise<ExportResult> {
		const t = request.time ?? this.#deps.timeState().t;
		let png: Promise<Blob> | null = null;
		const { width, height, note } = await this.#frames({
			size: request.size,
			times: [t],
			overlaysAt: () => request.overlays,
			signal,
			onprogress,
			onframe: async (canvas) => {
				onprogress?.(null, 'Encoding the PNG…');
				png = toBlob(canvas, PNG);
			}
		});
		const blob = await png!;
		if (signal?.aborted) throw abortError();
		return { blob, width, height, note, fileName: exportFileName(t, this.view(), 'png') };
	}

	/**
	 * The scripting form: `window.straitAtlas.exportSnapshot({ width, height, time, overlays })`.
	 * Missing sizes come from the default preset (one side alone keeps the view's shape), the
	 * time from the app, the overlays from the dialog's defaults with the title of the event
	 * current at `time`. Resolves to the PNG.
	 */
	async snapshotBlob(options: SnapshotOptions = {}): Promise<Blob> {
		const time = options.time === undefined ? this.#deps.timeState().t : Date.parse(options.time);
		if (Number.isNaN(time)) throw new RangeError(`Cannot read the time "${options.time}".`);
		const result = await this.snapshot({
			size: this.#apiSize(options),
			time,
			overlays: { ...DEFAULT_OVERLAYS, title: this.#deps.titleAt(time), ...options.overlays }
		});
		if (result.note) console.warn(`Strait Atlas export: ${result.note}`);
		return result.blob;
	}

	/** Renders a playback video as WebM. Rejects with an AbortError when `signal` aborts. */
	async video(
		request: VideoRequest,
		signal?: AbortSignal,
		onprogress?: Progress
	): Promise<ExportResult> {
		const plan = videoPlan({ start: request.start, end: request.end, fps: request.fps });
		if (typeof VideoEncoder === 'undefined') {
			throw new Error('This browser cannot encode video (no WebCodecs VideoEncoder).');
		}
		onprogress?.(0, 'Preparing the video encoder…');
		const mb = await import('mediabunny');
		// Even sides: VP8 and VP9 encode 4:2:0 frames.
		const size = {
			width: Math.max(2, request.size.width - (request.size.width % 2)),
			height: Math.max(2, request.size.height - (request.size.height % 2))
		};
		const codec = (await mb.canEncodeVideo('vp9', { ...size, frameRate: plan.fps }))
			? 'vp9'
			: (await mb.canEncodeVideo('vp8', { ...size, frameRate: plan.fps }))
				? 'vp8'
				: null;
		if (!codec) throw new Error('This browser cannot encode WebM video (VP8 or VP9).');
		const target = new mb.BufferTarget();
		const output = new mb.Output({ format: new mb.WebMOutputFormat(), target });
		let source: InstanceType<typeof mb.CanvasSource> | null = null;
		try {
			const result = await this.#frames({
				size,
				times: plan.times,
				overlaysAt: (t) =>
					request.autoTitle
						? { ...request.overlays, title: this.#deps.titleAt(t) }
						: request.overlays,
				signal,
				onprogress: (fraction, label) =>
					onprogress?.(fraction, fraction === null ? label : `Frame ${label}`),
				onframe: async (canvas, i) => {
					if (!source) {
						source = new mb.CanvasSource(canvas, {
							codec,
							bitrate: mb.QUALITY_HIGH,
							keyFrameInterval: 2
						});
						output.addVideoTrack(source, { frameRate: plan.fps });
						await output.start();
					}
					await source.add(i / plan.fps, 1 / plan.fps);
				}
			});
			onprogress?.(1, 'Finishing the video…');
			await output.finalize();
			if (!target.buffer) throw new Error('The video encoder produced no data.');
			return {
				blob: new Blob([target.buffer], { type: 'video/webm' }),
				width: result.width,
				height: result.height,
				note: result.note,
				fileName: exportFileName(request.start, this.view(), 'webm')
			};
		} catch (e) {
			if (output.state === 'started' || output.state === 'pending') await output.cancel();
			throw e;
		}
	}

	/** The GeoJSON of the features drawn now (visible layers, time filter), with a file name. */
	geojson(): { blob: Blob; fileName: string; count: number } {
		const { t, windowMs } = this.#deps.timeState();
		const compare = Boolean(this.#deps.controller.map?.getGlobalState()[STATE.compare]);
		const fc = featuresAtTime(
			this.#deps.collections(),
			{ t, windowMs, compare },
			this.visibleGroups(),
			attributionText()
		);
		return {
			blob: new Blob([JSON.stringify(fc, null, 1)], { type: 'application/geo+json' }),
			fileName: exportFileName(t, this.view(), 'geojson'),
			count: fc.features.length
		};
	}

	#apiSize(options: SnapshotOptions): Size {
		const view = this.viewSize();
		const preset = EXPORT_PRESETS.find((p) => p.id === DEFAULT_PRESET)!;
		const fallback = presetSize(preset, view);
		const { width, height } = options;
		const size =
			width !== undefined && height !== undefined
				? { width, height }
				: width !== undefined
					? { width, height: Math.round((width * view.height) / view.width) }
					: height !== undefined
						? { width: Math.round((height * view.width) / view.height), height }
						: fallback;
		for (const side of [size.width, size.height]) {
			if (!Number.isInteger(side) || side < 1 || side > MAX_EXPORT_SIDE) {
				throw new RangeError(`Export sizes must be whole numbers from 1 to ${MAX_EXPORT_SIDE}.`);
			}
		}
		return size;
	}

	/**
	 * The frame loop shared by PNG and video: opens the hidden map at the output's geometry,
	 * then for each time sets it, waits until it is fully drawn, copies it onto a 2D canvas, draws
	 * the overlays and hands the canvas to `onframe`. Always removes the hidden map.
	 */
	async #frames(plan: FramePlan): Promise<Size & { note: string | null }> {
		const live = this.#deps.controller.map;
		if (!live) throw new Error('The map has not loaded yet.');
		const { signal, onprogress } = plan;
		const limit = gpuCanvasLimit();
		const viewWidth = this.viewSize().width;
		let fitted = fitToLimit(plan.size, limit);
		let geometry = renderGeometry(fitted, viewWidth);
		if (geometry.canvasHeight > limit) {
			// The map canvas can be a row taller than the output (then cropped): leave room for it.
			fitted = fitToLimit(plan.size, limit - Math.ceil(geometry.pixelRatio));
			geometry = renderGeometry(fitted, viewWidth);
		}
		const { width, height } = fitted;
		const notes: string[] = [];
		if (fitted.reduced) {
			notes.push(
				`This browser's GPU draws at most ${limit} px a side: exported at ${width} × ${height} instead of ${plan.size.width} × ${plan.size.height}.`
			);
		}
		onprogress?.(null, 'Drawing the map…');
		const globalState: Record<string, unknown> = {
			...live.getGlobalState(),
			[STATE.t]: plan.times[0],
			[STATE.windowMs]: this.#deps.timeState().windowMs
		};
		const legend = legendEntries(this.visibleGroups(live), Boolean(globalState[STATE.compare]));
		const href = this.#deps.href?.() ?? location.href;
		const off = await openOffscreenMap(live, geometry, globalState, limit, signal);
		try {
			const canvas = document.createElement('canvas');
			canvas.width = width;
			canvas.height = height;
			const ctx = canvas.getContext('2d');
			if (!ctx) throw new Error('This browser could not create a 2D canvas for the export.');
			await loadOverlayFonts();
			const measure = canvasMeasure(ctx);
			const center = off.map.getCenter();
			const mpp = metersPerPixel(center.lat, off.map.getZoom());
			const dropped = new Set<string>();
			for (const [i, t] of plan.times.entries()) {
				if (signal?.aborted) throw abortError();
				if (i > 0) await off.renderAt(t, signal);
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
						permalink: permalinkAt(href, t),
						legend,
						metersPerPixel: mpp
					},
					measure
				);
				for (const d of layout.dropped) dropped.add(d);
				drawOverlays(ctx, layout, off.map.getBearing());
				await plan.onframe(canvas, i);
				if (plan.times.length > 1) {
					onprogress?.((i + 1) / plan.times.length, `${i + 1} of ${plan.times.length}`);
				}
			}
			if (dropped.size) {
				notes.push(`Left out for lack of room: ${[...dropped].join(', ')}.`);
			}
			return { width, height, note: notes.length ? notes.join(' ') : null };
		} finally {
			off.close();
		}
	}
}

/** canvas.toBlob as a promise. */
function toBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
			type
		)
	);
}
