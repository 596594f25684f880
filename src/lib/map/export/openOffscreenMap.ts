import { Map as MlMap, type StyleSpecification } from 'maplibre-gl';
import type { RenderGeometry } from '../../core/export/renderGeometry';
import type { CameraView } from '../../core/map/view';
import type { MapScene, StyleInputs } from '../../core/style/buildStyle';
import { drawWhenComplete } from '../drawWhenComplete';
import { mapOptions } from '../mapOptions';

/** A hidden map drawing a copy of the live map for an export. Always `close()` it. */
export interface OffscreenMap {
	map: MlMap;
	/** The map's WebGL canvas (drawing buffer preserved, so it can be read after `idle`). */
	canvas: HTMLCanvasElement;
	/** Sets the global state of a frame's time and resolves once the map has drawn it completely. */
	renderAt(state: Record<string, unknown>, signal?: AbortSignal): Promise<void>;
	/** Removes the map and its container. Safe to call twice. */
	close(): void;
}

/** How long one frame may take before the export gives up. */
const FRAME_TIMEOUT_MS = 120_000;

/** An AbortError, as fetch and friends throw it. */
export function abortError(): DOMException {
	return new DOMException('The export was cancelled.', 'AbortError');
}

/**
 * Waits for the map's next `idle` (everything loaded and drawn, nothing moving), after asking
 * for one more frame so a map that is already idle draws again. Rejects on a map error, on abort
 * and after FRAME_TIMEOUT_MS.
 */
function untilIdle(map: MlMap, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(abortError());
		const done = (fn: () => void) => {
			clearTimeout(timer);
			map.off('idle', onIdle);
			map.off('error', onError);
			signal?.removeEventListener('abort', onAbort);
			fn();
		};
		const onIdle = () => done(resolve);
		const onError = (e: { error?: { message?: string } }) =>
			done(() =>
				reject(new Error(`The export map failed: ${e.error?.message ?? 'unknown error'}`))
			);
		const onAbort = () => done(() => reject(abortError()));
		const timer = setTimeout(
			() => done(() => reject(new Error('The export map did not finish drawing.'))),
			FRAME_TIMEOUT_MS
		);
		map.on('idle', onIdle);
		map.on('error', onError);
		signal?.addEventListener('abort', onAbort, { once: true });
		map.triggerRepaint();
	});
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
 * Opens a hidden map for an export, built by the same options factory as the live map from the
 * scene app state gives (data, visibility, global state at the frame's time), with its camera
 * and selection, sized by `geometry` and drawn at its pixel ratio with maxCanvasSize raised.
 * Labels do not fade and paint does not transition, so each `idle` is a finished frame. Resolves
 * once the first frame is drawn: the first complete one, since the map draws no partial frames.
 */
export async function openOffscreenMap(request: OffscreenRequest): Promise<OffscreenMap> {
	const { geometry, signal } = request;
	if (signal?.aborted) throw abortError();
	const container = document.createElement('div');
	container.className = 'export-offscreen';
	container.setAttribute('aria-hidden', 'true');
	Object.assign(container.style, {
		position: 'fixed',
		left: `${-geometry.cssWidth - 1000}px`,
		top: '0px',
		width: `${geometry.cssWidth}px`,
		height: `${geometry.cssHeight}px`,
		pointerEvents: 'none',
		visibility: 'hidden'
	});
	document.body.append(container);
	let map: MlMap | null = null;
	const close = () => {
		map?.remove();
		map = null;
		container.remove();
	};
	try {
		const options = mapOptions(request.inputs, request.scene, {
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
		const style = options.style as StyleSpecification;
		style.transition = { duration: 0, delay: 0 };
		const created = new MlMap({ container, ...options });
		map = created;
		drawWhenComplete(created, FRAME_TIMEOUT_MS);
		await new Promise<void>((resolve, reject) => {
			const onAbort = () => reject(abortError());
			signal?.addEventListener('abort', onAbort, { once: true });
			created.once('style.load', () => {
				signal?.removeEventListener('abort', onAbort);
				resolve();
			});
			created.once('error', (e) => reject(new Error(`The export map failed: ${e.error?.message}`)));
		});
		// Set before any tile is drawn, so the first frame already shows the selection.
		const selected = request.selected;
		if (selected && created.getSource(selected.source)) {
			created.setFeatureState(selected, { selected: true });
		}
		await untilIdle(created, signal);
		return {
			map: created,
			canvas: created.getCanvas(),
			async renderAt(state: Record<string, unknown>, frameSignal?: AbortSignal) {
				const now = created.getGlobalState();
				for (const [k, v] of Object.entries(state)) {
					if (now[k] !== v) created.setGlobalStateProperty(k, v);
				}
				await untilIdle(created, frameSignal);
			},
			close
		};
	} catch (e) {
		close();
		throw e;
	}
}
