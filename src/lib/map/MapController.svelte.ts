import {
	Map as MlMap,
	type GeoJSONSource,
	type LngLatBoundsLike,
	type LngLatLike,
	type PaddingOptions
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { buildStyle, type StyleInputs } from '../core/style/buildStyle';
import {
	GROUP_LAYERS,
	INTERACTIVE_LAYERS,
	LAYER,
	SOURCE,
	type LayerGroup
} from '../core/style/ids';
import { STATE } from '../core/style/timeExpressions';
import { EventChunks } from './EventChunks';
import { addControls } from './addControls';
import { listen } from './listen';
import { PopupHolder } from './PopupHolder';
import { Hover, topFeature, type FeatureRef } from './pointer';

/** A feature the user pointed at: which source, which id, and where. */
export interface PickedFeature {
	source: string;
	id: string;
	lngLat: [number, number];
}

/** Data to draw from the first render, by source id. */
export type InitialData = Partial<Record<string, FeatureCollection>>;

/** How long the map waits for its initial data before starting without it (filled in later). */
const INITIAL_DATA_WAIT_MS = 2000;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The same collection, or two empty ones. */
const sameData = (a: FeatureCollection | undefined, b: FeatureCollection): boolean =>
	a === b || (a?.features.length === 0 && b.features.length === 0);

/** How the controller starts the map. */
export interface MapControllerOptions {
	style: StyleInputs;
	bounds: LngLatBoundsLike;
	/** The validated data, if it is on its way: the map starts with it inline. */
	initialData?: Promise<InitialData>;
	/** Screen space the panel covers, kept clear when framing the opening view. */
	padding?: PaddingOptions;
	/** Called on every map click: the feature clicked (null on empty map) and where. */
	onpick?: (picked: PickedFeature | null, lngLat: [number, number]) => void;
	/** Called when the camera stops moving, with the view in URL form. */
	onmoveend?: (view: CameraView) => void;
}

/** The camera as the URL keeps it. */
export interface CameraView {
	zoom: number;
	lat: number;
	lng: number;
}

/**
 * Owns the one MapLibre map: creates it on a DOM node, queues work until the style is ready,
 * applies state to it (data, visibility, global state, selection) and tears down what it set up.
 * The map instance is `$state.raw`: never deeply reactive, never proxied.
 */
export class MapController {
	map = $state.raw<MlMap | null>(null);
	error = $state<string | null>(null);
	#options: MapControllerOptions;
	#pending: ((map: MlMap) => void)[] = [];
	/** The map once its style has loaded: what queued work runs against. */
	#live: MlMap | null = null;
	#hover = new Hover();
	#selected: FeatureRef | null = null;
	#popup = new PopupHolder();
	// Bookkeeping for what has been sent to MapLibre: deliberately not reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#globalState = new Map<string, unknown>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#data = new Map<string, FeatureCollection>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#drawn = new Map<string, FeatureCollection>();
	#events = new EventChunks();
	#eventsVisible = true;
	#stateFrame: number | null = null;
	#drawnOnce!: () => void;
	/**
	 * Settles once the map has first drawn everything (its first `idle`), or could not start:
	 * work that is not on the map (panels below the fold) waits for it so it never delays the map.
	 */
	readonly firstDrawn = new Promise<void>((resolve) => (this.#drawnOnce = resolve));

	constructor(options: MapControllerOptions) {
		this.#options = options;
	}

	/**
	 * Creates the map on `node` (use as `{@attach controller.attach}`); returns its teardown. The
	 * map is created once the initial data has arrived (or after a short wait), with that data
	 * inline in the style, so the first render draws it: data sent later could only be laid out
	 * after that first render, which compiles the GPU programs and holds the main thread.
	 */
	attach = (node: HTMLElement) => {
		let teardown: (() => void) | undefined;
		let cancelled = false;
		const initial = this.#options.initialData ?? Promise.resolve({});
		const wait = new Promise<InitialData>((resolve) =>
			setTimeout(() => resolve({}), INITIAL_DATA_WAIT_MS)
		);
		Promise.race([initial, wait])
			.catch(() => ({}))
			.then((data) => {
				if (!cancelled) teardown = this.#create(node, data);
			});
		return () => {
			cancelled = true;
			teardown?.();
		};
	};

	#create(node: HTMLElement, initialData: InitialData): (() => void) | undefined {
		// What the style draws from the start: the initial data inline, every other source empty.
		for (const source of Object.values(SOURCE))
			this.#drawn.set(source, initialData[source] ?? EMPTY);
		let map: MlMap;
		try {
			map = new MlMap({
				container: node,
				style: buildStyle(this.#options.style, initialData),
				bounds: this.#options.bounds,
				fitBoundsOptions: { padding: this.#options.padding ?? 16 },
				attributionControl: false,
				dragRotate: false,
				pitchWithRotate: false,
				maxZoom: 12,
				fadeDuration: 0,
				// The style is validated by the unit tests (style-spec validateStyleMin); skipping it here
				// saves walking the inline data at startup.
				validateStyle: false,
				// No MSAA: with software WebGL it multiplies every draw; fills and lines antialias anyway.
				canvasContextAttributes: { antialias: false }
			});
		} catch (e) {
			this.error = `The map could not start: ${e instanceof Error ? e.message : String(e)}. It needs WebGL.`;
			this.#drawnOnce();
			return;
		}
		addControls(map);
		const offs = [
			listen(map, 'mousemove', (e) =>
				this.#hover.set(map, topFeature(map, e.point, this.#pickable()))
			),
			listen(map, 'mouseout', () => this.#hover.set(map, null)),
			listen(map, 'click', (e) => {
				const f = topFeature(map, e.point, this.#pickable());
				const at: [number, number] = [e.lngLat.lng, e.lngLat.lat];
				this.#options.onpick?.(f ? { source: f.source, id: String(f.id), lngLat: at } : null, at);
			}),
			listen(map, 'moveend', () => {
				const c = map.getCenter();
				this.#options.onmoveend?.({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
			}),
			listen(map, 'error', (e) => {
				this.error = `Map error: ${e.error?.message ?? 'unknown'}`;
			})
		];
		map.once('idle', () => this.#drawnOnce());
		// Work waits for the style (sources and layers exist), not for the first full render.
		map.once('style.load', () => {
			this.#live = map;
			const queued = this.#pending;
			this.#pending = [];
			for (const fn of queued) fn(map);
		});
		// The canvas stays hidden (the app shows "Loading the map…") until the first complete frame:
		// with software WebGL, presenting each partial frame as tiles arrive costs the compositor
		// about as much as drawing it, and delayed the complete map by ~0.3 s. Revealed, it draws
		// once more and the map counts as ready.
		const canvas = map.getCanvas();
		canvas.style.visibility = 'hidden';
		map.once('load', () => {
			canvas.style.visibility = '';
			map.once('render', () => (this.map = map));
			map.triggerRepaint();
		});
		return () => {
			for (const off of offs) off();
			if (this.#stateFrame !== null) cancelAnimationFrame(this.#stateFrame);
			this.#stateFrame = null;
			this.#popup.close();
			this.map = null;
			this.#live = null;
			this.#pending = [];
			map.remove();
		};
	}

	/** Runs `fn` now if the style is loaded, else once it is. */
	whenReady(fn: (map: MlMap) => void): void {
		if (this.#live) fn(this.#live);
		else this.#pending.push(fn);
	}

	/** Replaces a GeoJSON source's data (on load or on a data change, never per slider tick). */
	setData(source: string, data: FeatureCollection): void {
		if (sameData(this.#data.get(source), data)) return;
		this.#data.set(source, data);
		this.whenReady((map) => {
			// Skip data a later call replaced, or that the map already draws (its inline start data):
			// sending it again would make MapLibre lay the source out again in its worker.
			if (this.#data.get(source) !== data || sameData(this.#drawn.get(source), data)) return;
			this.#drawn.set(source, data);
			if (source !== SOURCE.events) map.getSource<GeoJSONSource>(source)?.setData(data);
			else {
				this.#events.apply(map, data, this.#eventsVisible);
				this.#applyChunkTimes(map);
			}
		});
	}

	/** Shows or hides every layer of a group. */
	setGroupVisible(group: LayerGroup, visible: boolean): void {
		if (group === 'events') this.#eventsVisible = visible;
		this.whenReady((map) => {
			const extra = group === 'events' ? this.#events.extraLayers : [];
			const want = visible ? 'visible' : 'none';
			for (const id of [...GROUP_LAYERS[group], ...extra]) {
				// Only real changes: setting a layout property, even to its current value, makes MapLibre
				// lay out the layer's source again.
				if (!map.getLayer(id) || (map.getLayoutProperty(id, 'visibility') ?? 'visible') === want) {
					continue;
				}
				map.setLayoutProperty(id, 'visibility', want);
			}
		});
	}

	/**
	 * Sets a global-state property that layer expressions read (time, window, overlays). At most
	 * one update per animation frame reaches MapLibre: the first in a frame is applied at once
	 * (so a single scrub renders on the very next frame), later ones in the same frame are
	 * coalesced and applied on the next. A scrub never calls `setData`.
	 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setglobalstateproperty
	 */
	setGlobalState(key: string, value: unknown): void {
		this.#globalState.set(key, value);
		if (this.#stateFrame === null) this.#flushGlobalState();
	}

	#flushGlobalState(): void {
		const updates = [...this.#globalState];
		this.#globalState.clear();
		this.whenReady((map) => {
			for (const [k, v] of updates) map.setGlobalStateProperty(k, v);
			this.#applyChunkTimes(map);
		});
		// Close this frame to further updates: any that arrive before the next frame wait for it.
		this.#stateFrame = requestAnimationFrame(() => {
			this.#stateFrame = null;
			if (this.#globalState.size) this.#flushGlobalState();
		});
	}

	/** The centre of the view, for tools a keyboard user drives without clicking the map. */
	centre(): [number, number] | null {
		const c = this.map?.getCenter();
		return c ? [c.lng, c.lat] : null;
	}

	/** Moves the camera to a view at once (used when a link is opened). */
	jumpTo(view: CameraView): void {
		this.whenReady((map) => map.jumpTo({ zoom: view.zoom, center: [view.lng, view.lat] }));
	}

	/** Marks one feature as selected (drawn emphasised), or clears the selection. */
	select(ref: FeatureRef | null): void {
		this.whenReady((map) => {
			if (this.#selected) map.removeFeatureState(this.#selected, 'selected');
			this.#selected = ref;
			if (ref) map.setFeatureState(ref, { selected: true });
		});
	}

	/** Opens a popup at `lngLat` holding `content` (built with textContent, never HTML). */
	openPopup(lngLat: LngLatLike, content: HTMLElement, onclose?: () => void): void {
		this.whenReady((map) => this.#popup.open(map, lngLat, content, onclose));
	}

	/** Closes the popup, if one is open. */
	closePopup(): void {
		this.#popup.close();
	}

	/**
	 * Brings a feature into view: fits `bounds` when given, else pans out to `point` if it is off
	 * screen (Washington, say) and leaves the camera alone if it is already visible.
	 */
	reveal(
		target: { point: [number, number]; bounds?: LngLatBoundsLike | null },
		animate = true
	): void {
		this.whenReady((map) => {
			if (target.bounds) {
				map.fitBounds(target.bounds, { padding: this.#options.padding ?? 40, animate, maxZoom: 7 });
			} else if (!map.getBounds().contains(target.point)) {
				const options = { center: target.point, zoom: Math.min(map.getZoom(), 3.5) };
				if (animate) map.easeTo(options);
				else map.jumpTo(options);
			}
		});
	}

	/** Gives each chunk of a large event set its time (MapLibre skips unchanged values). */
	#applyChunkTimes(map: MlMap): void {
		const state = map.getGlobalState();
		const times = this.#events.times(Number(state[STATE.t]), Number(state[STATE.windowMs]));
		for (const [key, value] of Object.entries(times)) map.setGlobalStateProperty(key, value);
	}

	/** The layers a pointer can pick: the fixed ones and any event chunks' circles. */
	#pickable(): string[] {
		const chunkCircles = this.#events.extraLayers.filter((id) => id.startsWith(LAYER.eventsCircle));
		return [...INTERACTIVE_LAYERS, ...chunkCircles];
	}
}
