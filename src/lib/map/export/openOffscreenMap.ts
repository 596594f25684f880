import { Map as MlMap, type StyleSpecification } from 'maplibre-gl';
import type { RenderGeometry } from '../../core/export/renderGeometry';
import { STATE } from '../../core/style/timeExpressions';

/** A hidden map drawing a copy of the live map for an export. Always `close()` it. */
export interface OffscreenMap {
	map: MlMap;
	/** The map's WebGL canvas (drawing buffer preserved, so it can be read after `idle`). */
	canvas: HTMLCanvasElement;
	/** Sets the story time and resolves once the map has drawn it completely. */
	renderAt(t: number, signal?: AbortSignal): Promise<void>;
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

/**
 * Copies the feature state of every feature of the live map's inline GeoJSON sources (the
 * selection, say) onto the export map. Hover is left out: it follows the pointer, not the view.
 */
function copyFeatureState(live: MlMap, off: MlMap, style: StyleSpecification): void {
	for (const [source, spec] of Object.entries(style.sources)) {
		if (spec.type !== 'geojson' || typeof spec.promoteId !== 'string') continue;
		const data = spec.data as { type?: string; features?: { properties?: unknown }[] };
		if (data?.type !== 'FeatureCollection') continue;
		for (const f of data.features ?? []) {
			const id = (f.properties as Record<string, unknown> | null)?.[spec.promoteId];
			if (typeof id !== 'string' && typeof id !== 'number') continue;
			const state = { ...live.getFeatureState({ source, id }) };
			delete state.hover;
			if (Object.keys(state).length) off.setFeatureState({ source, id }, state);
		}
	}
}

/**
 * Opens a hidden copy of the live map for an export: the live style as it is now (sources with
 * their data, layer visibility, every layer added since), its camera and feature state, the
 * global state given (time, window, comparison), sized by `geometry` and drawn at its pixel
 * ratio with maxCanvasSize raised to `maxCanvas`. Labels do not fade and paint does not
 * transition, so each `idle` is a finished frame. Resolves once the first frame is drawn.
 */
export async function openOffscreenMap(
	live: MlMap,
	geometry: RenderGeometry,
	globalState: Record<string, unknown>,
	maxCanvas: number,
	signal?: AbortSignal
): Promise<OffscreenMap> {
	if (signal?.aborted) throw abortError();
	const style = live.getStyle();
	style.transition = { duration: 0, delay: 0 };
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
		const center = live.getCenter();
		const created = new MlMap({
			container,
			style,
			center: [center.lng, center.lat],
			zoom: live.getZoom(),
			bearing: live.getBearing(),
			pitch: live.getPitch(),
			// Load at pixel ratio 1, so the frames drawn while sources and glyphs arrive are cheap;
			// the export's ratio is set once, just before the frame that is kept.
			pixelRatio: 1,
			maxCanvasSize: [maxCanvas, maxCanvas],
			// Same as the live map (no MSAA), so the export looks like the screen and costs a quarter.
			canvasContextAttributes: { antialias: false, preserveDrawingBuffer: true },
			globalState,
			interactive: false,
			attributionControl: false,
			trackResize: false,
			fadeDuration: 0,
			validateStyle: false,
			maxZoom: live.getMaxZoom(),
			minZoom: live.getMinZoom(),
			renderWorldCopies: live.getRenderWorldCopies()
		});
		map = created;
		await new Promise<void>((resolve, reject) => {
			const onAbort = () => reject(abortError());
			signal?.addEventListener('abort', onAbort, { once: true });
			created.once('load', () => {
				signal?.removeEventListener('abort', onAbort);
				resolve();
			});
			created.once('error', (e) => reject(new Error(`The export map failed: ${e.error?.message}`)));
		});
		copyFeatureState(live, created, style);
		await untilIdle(created, signal);
		created.setPixelRatio(geometry.pixelRatio);
		await untilIdle(created, signal);
		return {
			map: created,
			canvas: created.getCanvas(),
			async renderAt(t: number, frameSignal?: AbortSignal) {
				created.setGlobalStateProperty(STATE.t, t);
				await untilIdle(created, frameSignal);
			},
			close
		};
	} catch (e) {
		close();
		throw e;
	}
}
