import { Map as MlMap, type StyleSpecification } from 'maplibre-gl';
import type { RenderGeometry } from '../../core/export/renderGeometry';
import type { CameraView } from '../../core/map/view';
import {
	buildStyle,
	sceneEventPlan,
	type MapScene,
	type StyleInputs
} from '../../core/style/buildStyle';
import { drawWhenComplete } from '../drawWhenComplete';
import { EventAges } from '../EventAges';
import { holdDrawing, type DrawingHold } from '../holdDrawing';
import { setGlobalStateOnce } from '../setGlobalStateOnce';
import { mapOptions } from '../mapOptions';

/** A hidden map drawing a copy of the live map for an export. Always `close()` it. */
export interface OffscreenMap {
	map: MlMap;
	/** The map's WebGL canvas (drawing buffer preserved, so it can be read after `idle`). */
	canvas: HTMLCanvasElement;
	/** Sets the global state of a frame's time and resolves once the map has drawn it completely. */
	renderAt(state: Record<string, unknown>, signal?: AbortSignal): Promise<void>;
	/**
	 * Ends this export's use of the map: it stops drawing and is kept for the next export
	 * (KEEP_MS), then removed with its container. Safe to call twice.
	 */
	close(): void;
}

/** How long one frame may take before the export gives up. */
const FRAME_TIMEOUT_MS = 120_000;
/** The longest a frame's time step holds the drawing for the tiles it lays out again. */
const STEP_DRAW_WAIT_MS = 10_000;

/** Whether an error is the AbortError of a cancelled export (the map itself is fine). */
function isAbort(e: unknown): boolean {
	return e instanceof DOMException && e.name === 'AbortError';
}

/** An AbortError, as fetch and friends throw it. */
export function abortError(): DOMException {
	return new DOMException('The export was cancelled.', 'AbortError');
}

/**
 * Waits for the map's next `event`, rejecting on a map error, on abort and, if given, after
 * `timeoutMs` with `timeoutMessage`. Leaves no listener behind (a kept map waits once per export).
 */
function nextMapEvent(
	map: MlMap,
	event: 'idle' | 'style.load',
	signal?: AbortSignal,
	timeout?: { ms: number; message: string }
): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(abortError());
		const done = (fn: () => void) => {
			clearTimeout(timer);
			map.off(event, onEvent);
			map.off('error', onError);
			signal?.removeEventListener('abort', onAbort);
			fn();
		};
		const onEvent = () => done(resolve);
		const onError = (e: { error?: { message?: string } }) =>
			done(() =>
				reject(new Error(`The export map failed: ${e.error?.message ?? 'unknown error'}`))
			);
		const onAbort = () => done(() => reject(abortError()));
		const timer = timeout
			? setTimeout(() => done(() => reject(new Error(timeout.message))), timeout.ms)
			: undefined;
		map.on(event, onEvent);
		map.on('error', onError);
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}

/**
 * Waits for the map's next `idle` (everything loaded and drawn, nothing moving), after asking
 * for one more frame so a map that is already idle draws again. Rejects on a map error, on abort
 * and after FRAME_TIMEOUT_MS.
 */
function untilIdle(map: MlMap, signal?: AbortSignal): Promise<void> {
	const idle = nextMapEvent(map, 'idle', signal, {
		ms: FRAME_TIMEOUT_MS,
		message: 'The export map did not finish drawing.'
	});
	map.triggerRepaint();
	return idle;
}

/** What an export's hidden map draws: the scene, camera and selection app state gives. */
export interface OffscreenRequest {
	inputs: StyleInputs;
	/** The scene at the first frame's time (app state's sceneAt). */
	scene: MapScene;
	camera: CameraView;
	/** The selected feature, drawn emphasised as on screen. */
	selected: { source: string; id: string } | null;
	geometry: RenderGeometry;
	/** The GPU's largest canvas side. */
	maxCanvas: number;
	signal?: AbortSignal;
}

/**
 * How long a hidden map is kept after an export for the next one. A new map costs its WebGL
 * context and, with software WebGL, compiling every GPU program the style uses (about 0.5 s of
 * the GPU process per 4K export here); the dialog's preview and the export that follows it,
 * or a second size, draw on the same map.
 */
export const KEEP_MS = 30_000;

/** No paint transitions: each `idle` is a finished frame. */
const NO_TRANSITION = { duration: 0, delay: 0 };

/** A hidden map and its container, as one export uses it or as kept between exports. */
interface Hidden {
	map: MlMap;
	container: HTMLDivElement;
	/** An export is using it. */
	busy: boolean;
	/** It draws nothing (between exports: a kept map would otherwise draw, unseen, at 4K). */
	parked: boolean;
	/** Holds the drawing while a frame's time step lays tiles out again (no stale 4K frame). */
	hold: DrawingHold;
	timer?: ReturnType<typeof setTimeout>;
}

/** The map kept from the last export, if any. */
let kept: Hidden | null = null;

/** Sizes and places the hidden container for `geometry`. */
function place(container: HTMLDivElement, geometry: RenderGeometry): void {
	Object.assign(container.style, {
		left: `${-geometry.cssWidth - 1000}px`,
		width: `${geometry.cssWidth}px`,
		height: `${geometry.cssHeight}px`
	});
}

/** The style of a request's scene, with no transitions, for a kept map. */
function sceneStyle(request: OffscreenRequest): StyleSpecification {
	return { ...buildStyle(request.inputs, request.scene), transition: NO_TRANSITION };
}

/** Removes a hidden map and its container (and forgets it if it was the kept one). */
function remove(hidden: Hidden): void {
	clearTimeout(hidden.timer);
	if (kept === hidden) kept = null;
	hidden.map.remove();
	hidden.container.remove();
}

/** A new hidden map for `request`, sized and drawn at its pixel ratio from the start. */
function createHidden(request: OffscreenRequest): Hidden {
	const { geometry } = request;
	const container = document.createElement('div');
	container.className = 'export-offscreen';
	container.setAttribute('aria-hidden', 'true');
	Object.assign(container.style, {
		position: 'fixed',
		top: '0px',
		pointerEvents: 'none',
		visibility: 'hidden'
	});
	place(container, geometry);
	document.body.append(container);
	try {
		const options = mapOptions(sceneStyle(request), {
			center: [request.camera.lng, request.camera.lat],
			zoom: request.camera.zoom,
			// At the export's ratio from the start: the map draws nothing until it has every tile
			// (drawWhenComplete), so its first frame is the one kept, with no frames at another ratio.
			pixelRatio: geometry.pixelRatio,
			maxCanvasSize: [request.maxCanvas, request.maxCanvas],
			canvasContextAttributes: { antialias: false, preserveDrawingBuffer: true },
			interactive: false,
			trackResize: false
		});
		const map = new MlMap({ container, ...options });
		const painter = map.painter;
		const render = painter.render;
		painter.render = function (...args: Parameters<typeof render>) {
			if (!hidden.parked) render.apply(painter, args);
		};
		const hidden: Hidden = { map, container, busy: true, parked: false, hold: holdDrawing(map) };
		return hidden;
	} catch (e) {
		container.remove();
		throw e;
	}
}

/**
 * Points a kept map at a new request: size, pixel ratio, camera and a new style for the scene.
 * A whole new style, not a diff: the WebGL context and the compiled GPU programs stay, but the
 * sources are laid out again and the labels placed from nothing, so the picture is the one a
 * new map draws. (A diffed style keeps the last export's label placement, and MapLibre prefers
 * each label's previous anchor: the same request drew different labels after another export.)
 * The map stays parked until the style has loaded.
 */
function reuseHidden(hidden: Hidden, request: OffscreenRequest): void {
	const { map, container } = hidden;
	const { geometry } = request;
	clearTimeout(hidden.timer);
	hidden.busy = true;
	place(container, geometry);
	map.resize();
	if (map.getPixelRatio() !== geometry.pixelRatio) map.setPixelRatio(geometry.pixelRatio);
	map.jumpTo({ center: [request.camera.lng, request.camera.lat], zoom: request.camera.zoom });
	map.setStyle(sceneStyle(request), { diff: false, validate: false });
}

/**
 * Opens a hidden map for an export, built by the same options factory as the live map from the
 * scene app state gives (data, visibility, global state at the frame's time), with its camera
 * and selection, sized by `geometry` and drawn at its pixel ratio with maxCanvasSize raised.
 * The map kept from the last export is used if it is free (resized, and given the scene's
 * style anew), else a new one is made. Labels do not fade and paint does not transition, so each
 * `idle` is a finished frame. Resolves once the first frame is drawn: the first complete one,
 * since the map draws no partial frames.
 */
export async function openOffscreenMap(request: OffscreenRequest): Promise<OffscreenMap> {
	const { signal } = request;
	if (signal?.aborted) throw abortError();
	const reused = kept && !kept.busy ? kept : null;
	const hidden = reused ?? createHidden(request);
	const { map } = hidden;
	let closed = false;
	let failed = false;
	const close = () => {
		if (closed) return;
		closed = true;
		hidden.busy = false;
		hidden.parked = true;
		// One map is kept: a second one made while the kept one was busy goes, as does a broken one.
		if (failed || (kept && kept !== hidden)) return remove(hidden);
		kept = hidden;
		hidden.timer = setTimeout(() => remove(hidden), KEEP_MS);
	};
	try {
		if (reused) {
			reuseHidden(reused, request);
			await nextMapEvent(map, 'style.load', signal);
			hidden.parked = false;
			drawWhenComplete(map, FRAME_TIMEOUT_MS);
		} else {
			drawWhenComplete(map, FRAME_TIMEOUT_MS);
			await nextMapEvent(map, 'style.load', signal);
		}
		// Set before any tile is drawn, so the first frame already shows the selection (a kept
		// map's new style holds no feature state from the last export).
		const selected = request.selected;
		if (selected && map.getSource(selected.source)) {
			map.setFeatureState(selected, { selected: true });
		}
		// So are the story events' ages, from the same global state as the live map's.
		const ages = new EventAges();
		ages.setPlan(sceneEventPlan(request.scene));
		ages.apply(map, request.scene.globalState ?? map.getGlobalState());
		await untilIdle(map, signal);
		return {
			map,
			canvas: map.getCanvas(),
			async renderAt(state: Record<string, unknown>, frameSignal?: AbortSignal) {
				const reloaded = setGlobalStateOnce(map, state);
				if (reloaded.length) hidden.hold.until(reloaded, STEP_DRAW_WAIT_MS);
				ages.apply(map, state);
				await untilIdle(map, frameSignal).catch((e: unknown) => {
					failed ||= !isAbort(e);
					throw e;
				});
			},
			close
		};
	} catch (e) {
		failed = !isAbort(e);
		close();
		throw e;
	}
}
