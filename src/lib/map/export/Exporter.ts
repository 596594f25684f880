import { apiSize } from '../../core/export/apiSize';
import { drawnSymbols } from '../../core/export/drawnSymbols';
import { viewBounds } from '../../core/export/fitCamera';
import { EXPORT_FRAMES, frameBoundsOf, type ExportFrame } from '../../core/export/frameBounds';
import { legendEntries, type LegendEntry } from '../../core/export/legendEntries';
import { permalinkBase } from '../../core/export/permalinkBase';
import { bboxOf, type Bounds } from '../../core/geo/bboxOf';
import { importedFeaturesAt } from '../../core/import/importedFeaturesAt';
import { INITIAL_BOUNDS } from '../../core/map/view';
import { SOURCE } from '../../core/style/ids';
import { COMPARE_EXERCISE } from '../../core/style/layers';
import { exportFileName } from '../../core/export/exportFileName';
import { featuresAtTime, zoneShown, type TimeState } from '../../core/export/featuresAtTime';
import { DEFAULT_OVERLAYS, DEFAULT_PRESET, EXPORT_PRESETS } from '../../core/export/presets';
import { presetSize } from '../../core/export/presetSize';
import type { ExportOverlays, Size, SnapshotOptions } from '../../core/export/types';
import { videoPlan } from '../../core/export/videoPlan';
import type { CameraView } from '../../core/map/view';
import { fontFamily } from '../../core/i18n/fontFamily';
import { overlayWords } from '../../core/export/overlayWords';
import { exportCatalogue } from '../../state/exportCatalogue.svelte';
import { attributionText } from '../../core/style/attribution';
import type { StyleInputs } from '../../core/style/buildStyle';
import type { LayerGroup } from '../../core/style/ids';
import type { AppState } from '../../state/AppState.svelte';
import { encodeVideo, evenSize, VIDEO_FILE, videoFormats, type VideoFormat } from './encodeVideo';
import { abortError } from './openOffscreenMap';
import { renderFrames, type FrameBoxes, type FramePlan, type Progress } from './renderFrames';

export type { FrameBoxes, Progress };

/** What the exporter reads: app state (never the live map) and the style's file inputs. */
export interface ExporterDeps {
	app: AppState;
	inputs: StyleInputs;
	/** The link to the view; location.href by default. */
	href?: () => string;
	/** The public base URL set at build time (VITE_PUBLIC_URL), which permalinks start from. */
	publicUrl?: string;
}

/** One PNG export: size, time (the app's time if left out) and overlays. */
export interface SnapshotRequest {
	size: Size;
	time?: number;
	/** What the picture is fitted around; the current view by default (see SnapshotOptions). */
	frame?: ExportFrame | 'as-shown';
	overlays: ExportOverlays;
	/** Draw a scaled-down preview whose longer side is this many pixels. */
	previewSide?: number;
}

/** One playback video: from `start` to `end` (epoch ms), size, frame rate and overlays. */
export interface VideoRequest {
	start: number;
	end: number;
	size: Size;
	fps: number;
	frame?: ExportFrame;
	overlays: ExportOverlays;
	/** Title each frame with the event current at its time instead of `overlays.title`. */
	autoTitle: boolean;
	/** The container: MP4 (H.264), WebM (default), or 'png-sequence': one PNG per frame in a ZIP. */
	format?: VideoFormat | 'png-sequence';
}

/** A finished export: the file, its name and size, and a note for the user if any. */
export interface ExportResult {
	blob: Blob;
	fileName: string;
	width: number;
	height: number;
	/** Why the export differs from what was asked (smaller size, an overlay left out), or null. */
	note: string | null;
	/** Where the overlays, the frame and the drill zones landed in the first frame (output pixels). */
	boxes: FrameBoxes;
}

const PNG = 'image/png';

/**
 * Renders exports of the view app state holds (time, window, comparison, visible layers,
 * selection, camera) on a hidden map built like the live one, so the live map is never
 * disturbed and a frame at time T is the same wherever it is drawn: PNG snapshots at any
 * preset size, playback videos (WebM, frame by frame at exact times) and the GeoJSON of the
 * features drawn now. The pipeline's steps live in renderFrames and encodeVideo.
 */
export class Exporter {
	#deps: ExporterDeps;

	constructor(deps: ExporterDeps) {
		this.#deps = deps;
	}

	/** The live map's CSS size: what the "current view" presets multiply. */
	viewSize(): Size {
		const { width, height } = this.#deps.app.screen;
		return { width: width || window.innerWidth, height: height || window.innerHeight };
	}

	/** The camera in URL form, for file names. */
	view(): CameraView {
		return this.#deps.app.camera ?? { zoom: 0, lat: 0, lng: 0 };
	}

	/** The default title at a time (the app's time if left out). */
	defaultTitle(t = this.#deps.app.timeline.t): string {
		return this.#deps.app.titleAt(t);
	}

	/** The layer groups switched on. */
	visibleGroups(): LayerGroup[] {
		return this.#deps.app.layers.on;
	}

	/** Renders one PNG. Rejects with an AbortError when `signal` aborts. */
	async snapshot(
		request: SnapshotRequest,
		signal?: AbortSignal,
		onprogress?: Progress
	): Promise<ExportResult> {
		const t = request.time ?? this.#deps.app.timeline.t;
		let png: Promise<Blob> | null = null;
		const { width, height, note, boxes } = await renderFrames({
			...(await this.#plan(request.frame ?? 'view', [t])),
			size: request.size,
			previewSide: request.previewSide,
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
		return { blob, width, height, note, boxes, fileName: exportFileName(t, this.view(), 'png') };
	}

	/**
	 * The scripting form: `window.straitAtlas.exportSnapshot({ width, height, time, overlays })`.
	 * Missing sizes come from the default preset (one side alone keeps the view's shape), the
	 * time from the app, the overlays from the dialog's defaults with the title of the event
	 * current at `time`. Resolves to the PNG and where things landed in it.
	 */
	async snapshotFor(options: SnapshotOptions = {}): Promise<ExportResult> {
		const time = options.time === undefined ? this.#deps.app.timeline.t : Date.parse(options.time);
		if (Number.isNaN(time)) throw new RangeError(`Cannot read the time "${options.time}".`);
		const frames = [...EXPORT_FRAMES, 'as-shown'];
		if (options.frame !== undefined && !frames.includes(options.frame)) {
			throw new RangeError(`frame: "${String(options.frame)}" is not one of ${frames.join(', ')}.`);
		}
		const view = this.viewSize();
		const preset = EXPORT_PRESETS.find((p) => p.id === DEFAULT_PRESET)!;
		const result = await this.snapshot({
			size: apiSize(options, view, presetSize(preset, view)),
			time,
			frame: options.frame,
			overlays: { ...DEFAULT_OVERLAYS, title: this.defaultTitle(time), ...options.overlays }
		});
		if (result.note) console.warn(`Strait Atlas export: ${result.note}`);
		return result;
	}

	/** The video containers this browser can encode at a size and frame rate, MP4 first. */
	videoFormats(size: Size, fps: number): Promise<VideoFormat[]> {
		return videoFormats(size, fps);
	}

	/** Renders a playback video (MP4 or WebM). Rejects with an AbortError when `signal` aborts. */
	async video(
		request: VideoRequest,
		signal?: AbortSignal,
		onprogress?: Progress
	): Promise<ExportResult> {
		const plan = videoPlan({ start: request.start, end: request.end, fps: request.fps });
		onprogress?.(0, 'Preparing the video encoder…');
		const size = evenSize(request.size);
		const format = request.format ?? 'webm';
		if (format === 'png-sequence') return this.#pngSequence(request, plan, signal, onprogress);
		const encoding = await encodeVideo(size, plan.fps, format);
		try {
			const result = await this.#playback(request, plan, size, signal, onprogress, (canvas, i) =>
				encoding.add(canvas, i)
			);
			onprogress?.(1, 'Finishing the video…');
			return {
				blob: await encoding.finish(),
				width: result.width,
				height: result.height,
				note: result.note,
				boxes: result.boxes,
				fileName: exportFileName(request.start, this.view(), VIDEO_FILE[format].extension)
			};
		} catch (e) {
			await encoding.cancel();
			throw e;
		}
	}

	/**
	 * The frame loop of a playback, shared by the video and the PNG sequence: every time of the
	 * plan, each frame titled with its event unless the title was edited, `onframe` for each.
	 */
	async #playback(
		request: VideoRequest,
		plan: ReturnType<typeof videoPlan>,
		size: Size,
		signal: AbortSignal | undefined,
		onprogress: Progress | undefined,
		onframe: FramePlan['onframe']
	) {
		return renderFrames({
			...(await this.#plan(request.frame ?? 'view', plan.times)),
			size,
			times: plan.times,
			overlaysAt: (t) =>
				request.autoTitle ? { ...request.overlays, title: this.defaultTitle(t) } : request.overlays,
			signal,
			onprogress: (fraction, label) =>
				onprogress?.(fraction, fraction === null ? label : `Frame ${label}`),
			onframe
		});
	}

	/**
	 * The playback as numbered PNGs in one ZIP (stored, since PNGs are already compressed), for
	 * video editors: frame_0001.png … at the plan's exact times.
	 */
	async #pngSequence(
		request: VideoRequest,
		plan: ReturnType<typeof videoPlan>,
		signal?: AbortSignal,
		onprogress?: Progress
	): Promise<ExportResult> {
		const { zipSync } = await import('fflate');
		const files: Record<string, Uint8Array> = {};
		const digits = Math.max(4, String(plan.times.length).length);
		const result = await this.#playback(
			request,
			plan,
			request.size,
			signal,
			onprogress,
			async (canvas, i) => {
				const png = await toBlob(canvas, PNG);
				files[`frame_${String(i + 1).padStart(digits, '0')}.png`] = new Uint8Array(
					await png.arrayBuffer()
				);
			}
		);
		onprogress?.(1, 'Packing the frames…');
		const zip = zipSync(files, { level: 0 });
		return {
			blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
			width: result.width,
			height: result.height,
			note: result.note,
			boxes: result.boxes,
			fileName: exportFileName(request.start, this.view(), 'zip')
		};
	}

	/** The GeoJSON of the features drawn now (visible layers and your own data, time filter), with a file name. */
	geojson(): { blob: Blob; fileName: string; count: number } {
		const app = this.#deps.app;
		const fc = featuresAtTime(
			{ ...app.datasets.collections, events: app.eventsData },
			{ t: app.timeline.t, windowMs: app.timeline.effectiveWindowMs, compare: app.compare },
			this.visibleGroups(),
			attributionText()
		);
		// The user's own datasets shown now, point by point, tagged with their names.
		for (const layer of app.imports?.layers ?? []) {
			if (layer.visible) {
				fc.features.push(
					...importedFeaturesAt(layer, app.timeline.t, app.timeline.effectiveWindowMs)
				);
			}
		}
		return {
			blob: new Blob([JSON.stringify(fc, null, 1)], { type: 'application/geo+json' }),
			fileName: exportFileName(app.timeline.t, this.view(), 'geojson'),
			count: fc.features.length
		};
	}

	/** The legend, credit and time stamp words in the app's language (its catalogue loaded). */
	async #words() {
		const lang = this.#deps.app.language.lang;
		await exportCatalogue.load(lang);
		return overlayWords(lang, exportCatalogue.in(lang));
	}

	/** The lon/lat box a frame fits, at the first of `times`. */
	frameBounds(frame: ExportFrame, times: readonly number[] = [this.#deps.app.timeline.t]): Bounds {
		const app = this.#deps.app;
		if (!app.camera) throw new Error('The map has not loaded yet.');
		return frameBoundsOf(frame, {
			view: viewBounds(app.camera, this.viewSize(), app.padding),
			zones: bboxOf(this.#zonesAt(times).map((z) => z.geometry)),
			strait: INITIAL_BOUNDS
		});
	}

	/** The time filter's state at each of `times`, as the layer filters read it. */
	#states(times: readonly number[]) {
		const app = this.#deps.app;
		return times.map((t) => ({
			t,
			windowMs: app.timeline.effectiveWindowMs,
			compare: app.compare
		}));
	}

	/** The drill zones the map draws at any of `states`. */
	#zonesShown(states: readonly TimeState[]) {
		const zones = this.#deps.app.datasets.collections[SOURCE.drillZones]?.features ?? [];
		return zones.filter((z) =>
			states.some((s) => zoneShown((z.properties ?? {}) as Record<string, unknown>, s))
		);
	}

	/** The drill zones drawn at any of `times`, else every zone of the exercises that can be drawn. */
	#zonesAt(times: readonly number[]) {
		const app = this.#deps.app;
		const drawn = this.#zonesShown(this.#states(times));
		if (drawn.length) return drawn;
		const zones = app.datasets.collections[SOURCE.drillZones]?.features ?? [];
		return zones.filter((z) => app.compare || z.properties?.exercise !== COMPARE_EXERCISE);
	}

	/**
	 * The parts of a frame plan that come from app state, for a frame and the frames' times, with
	 * the overlay words in the app's language (its export catalogue loaded first).
	 */
	async #plan(
		frame: ExportFrame | 'as-shown',
		times: readonly number[]
	): Promise<
		Omit<FramePlan, 'size' | 'times' | 'overlaysAt' | 'onframe' | 'onprogress' | 'signal'>
	> {
		const app = this.#deps.app;
		const bounds = this.frameBounds(frame === 'as-shown' ? 'view' : frame, times);
		const groups = app.layers.on;
		const states = this.#states(times);
		const collections = { ...app.datasets.collections, events: app.eventsData };
		const zones = groups.includes(SOURCE.drillZones)
			? this.#zonesShown(states.slice(0, 1))
					.map((z) => ({ id: String(z.properties?.id ?? z.id), bounds: bboxOf([z.geometry]) }))
					.filter((z): z is { id: string; bounds: Bounds } => z.bounds !== null)
			: [];
		return {
			inputs: this.#deps.inputs,
			sceneAt: (t) => app.sceneAt(t),
			bounds,
			asShown:
				frame === 'as-shown' && app.camera
					? { camera: app.camera, viewWidth: this.viewSize().width }
					: undefined,
			selected: app.selection.current,
			legend: [
				...legendEntries(groups, app.compare, drawnSymbols(collections, states, groups, bounds)),
				// The user's own datasets, by the names they gave them, in their colours.
				...(app.imports?.layers ?? [])
					.filter((l) => l.visible)
					.map((l): LegendEntry => ({
						id: l.id,
						group: 'events',
						kind: 'dot',
						color: l.colour,
						label: l.name
					}))
			],
			zones,
			imports: app.imports?.layers ?? [],
			fontFamily: fontFamily(app.language.lang),
			words: await this.#words(),
			href: permalinkBase(this.#deps.href?.() ?? location.href, this.#deps.publicUrl)
		};
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
