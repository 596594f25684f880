import type { Map as MlMap, GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';
import { untrack } from 'svelte';
import type { FeatureCollection } from 'geojson';
import { buildStyle, type MapScene, type StyleInputs } from '../core/style/buildStyle';
import { styleAdditions } from '../core/style/styleAdditions';
import {
	GROUP_LAYERS,
	INTERACTIVE_LAYERS,
	LAYER,
	SOURCE,
	type LayerGroup
} from '../core/style/ids';
import {
	inFreeArea,
	popupAnchor,
	withCover,
	type CameraRequest,
	type CameraView,
	type Padding
} from '../core/map/view';
import type { EventPlan } from '../core/time/planEventChunks';
import { EventAges } from './EventAges';
import { EventChunks } from './EventChunks';
import { type DrawingHold } from './holdDrawing';
import { startMap, type StartedMap, type StartView } from './startMap';
import { setGlobalStateOnce } from './setGlobalStateOnce';
import { addControls } from './addControls';
import { listen } from './listen';
import { PopupHolder } from './PopupHolder';
import { Hover, topFeature, type FeatureRef } from './pointer';
import { importIdOfLayer } from './importIdOfLayer';
import type * as ImportLayers from './importLayers';
import type { ImportedLayer } from '../state/Imports.svelte';
import type { MapError } from '../core/map/mapError';
import { EVENT_AGE, isDrawnAge } from '../core/map/eventAge';

type ImportLayersModule = typeof ImportLayers;

export type { CameraView };

/** A feature the user pointed at: which source, which id, and where. */
export interface PickedFeature {
	source: string;
	id: string;
	lngLat: [number, number];
}

/** How long the map waits for its data before starting without it (filled in later). */
const DATA_WAIT_MS = 2000;
/** The longest a time step holds the map's drawing for the tiles it lays out again. */
const STEP_DRAW_WAIT_MS = 1000;

/** The same collection, or two empty ones. */
const sameData = (a: FeatureCollection | undefined, b: FeatureCollection): boolean =>
	a === b || (a?.features.length === 0 && b.features.length === 0);

/** How the controller starts the map. */
export interface MapControllerOptions {
	inputs: StyleInputs;
	/** The scene app state gives now: read once, when the map is created. */
	scene: () => MapScene;
	/** Settles once app state has its data, so the map starts with it inline (or after a wait). */
	ready?: Promise<unknown>;
	/** The opening view, when no camera request comes first. */
	bounds: [[number, number], [number, number]];
	/** Screen space the panel, time bar and buttons cover: camera moves keep clear of it. */
	padding: () => Padding;
	/** Called on every map click: the feature clicked (null on empty map) and where. */
	onpick?: (picked: PickedFeature | null, lngLat: [number, number]) => void;
	/** Called when the camera stops moving, with the view in URL form. */
	onmoveend?: (view: CameraView) => void;
	/** The map started before the page (main.ts); without it the map is started on attach. */
	start?: () => StartedMap | undefined;
}

/**
 * The performance mark set as the map first has everything drawn (its first `idle`), for the
 * bench and profilers: scripts get the map (`window.straitAtlas.map`) only after that frame,
 * so they cannot listen for that `idle` themselves.
 */
const FIRST_IDLE_MARK = 'strait-atlas:map-idle';

/**
 * Owns the one MapLibre map: creates it on a DOM node from the scene app state gives, queues
 * work until the style is ready, draws what the binder pushes (data, event plan, visibility,
 * global state, selection, popup, camera moves) and tears down what it set up. It never hands
 * state back except user input (picks, camera moves). The map is `$state.raw`: never proxied.
 */
export class MapController {
	map = $state.raw<MlMap | null>(null);
	/**
	 * Whether the map has its data (or could not start), set in the task after: the panel's body
	 * is built then, so the map's layout of the data never waits on building and laying out its
	 * ~500 elements (startup ~4% faster, 10 alternating pairs).
	 */
	created = $state(false);
	/** What went wrong with the map, for the interface to say in its language (`mapErrorKey`). */
	error = $state<MapError | null>(null);
	#options: MapControllerOptions;
	#pending: ((map: MlMap) => void)[] = [];
	/** The map once its style has loaded: what queued work runs against. */
	#live: MlMap | null = null;
	#hover = new Hover();
	#selected: FeatureRef | null = null;
	#popup = new PopupHolder();
	// Bookkeeping for what has been sent to MapLibre: deliberately not reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#drawn = new Map<string, FeatureCollection>();
	#plan: EventPlan | null = null;
	/** The latest data and plan asked for: queued work skips what a later call replaced. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#wanted = new Map<string, FeatureCollection>();
	#wantedPlan: EventPlan | null = null;
	#events = new EventChunks();
	/** The story events' drawn state and age, set from the global state (core/map/eventAge). */
	#ages = new EventAges();
	/** The global state last given to the map. */
	#state: Record<string, unknown> = {};
	#visible: readonly LayerGroup[] | null = null;
	#nextState: Record<string, unknown> | null = null;
	#stateFrame: number | null = null;
	#hold: DrawingHold | null = null;
	/** The imported datasets' drawing code, once the first dataset has loaded it. */
	#importLayers: ImportLayersModule | null = null;
	#importLayersLoading: Promise<ImportLayersModule> | null = null;
	#wantedImports: readonly ImportedLayer[] = [];
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
	 * Puts the map on `node` (use as `{@attach controller.attach}`); returns its teardown. The map
	 * was started on the basemap before the page was built (`options.start`, main.ts), or is
	 * started here; its opening view is fitted to the screen as measured now. Its data sources
	 * are added once app state has its data (or after a short wait), with the data inline, so
	 * each is laid out once: data sent later into empty sources would be laid out twice.
	 */
	attach = (node: HTMLElement) => untrack(() => this.#attach(node));

	#attach(node: HTMLElement): (() => void) | undefined {
		let started: StartedMap;
		try {
			started =
				this.#options.start?.() ?? startMap(this.#options.inputs, this.#openingView(), node);
		} catch (e) {
			this.error = { kind: 'start', detail: e instanceof Error ? e.message : String(e) };
			this.#drawnOnce();
			return;
		}
		if (started.host !== node) {
			node.append(started.host);
			// Started before the page could be measured: the opening view, clear of the panel, once
			// the page has been (its attachments run after this one, in the same task).
			if (started.fitted) {
				queueMicrotask(() =>
					started.map.fitBounds(this.#options.bounds, {
						padding: this.#options.padding(),
						animate: false
					})
				);
			}
		}
		let teardown: (() => void) | undefined;
		let cancelled = false;
		const wait = new Promise((resolve) => setTimeout(resolve, DATA_WAIT_MS));
		Promise.race([this.#options.ready ?? Promise.resolve(), wait])
			.catch(() => {})
			.then(() => started.styleLoaded)
			.then(() => {
				if (!cancelled) teardown = this.#create(started);
			});
		return () => {
			cancelled = true;
			if (teardown) teardown();
			else started.map.remove();
		};
	}

	/** The opening view: the opening bounds, clear of what covers the map. */
	#openingView(): StartView {
		return { bounds: this.#options.bounds, padding: this.#options.padding() };
	}

	#create(started: StartedMap): () => void {
		const { map } = started;
		const scene = this.#options.scene();
		// What the style draws from the start, so the binder's first pushes are not sent again.
		for (const [source, fc] of Object.entries(scene.data ?? {}))
			if (fc) this.#drawn.set(source, fc);
		this.#plan = scene.events ?? null;
		this.#events = new EventChunks(scene.events);
		this.#visible = scene.visible ?? null;
		// The data's sources and layers on top of the basemap, each source with its data: the
		// global state first, so that no source is laid out for one time and then another.
		try {
			const add = styleAdditions(map.getStyle(), buildStyle(this.#options.inputs, scene));
			setGlobalStateOnce(map, add.state);
			for (const [id, source] of add.sources) map.addSource(id, source);
			for (const layer of add.layers) map.addLayer(layer);
			this.#state = add.state;
			this.#ages.setPlan(scene.events);
			this.#ages.apply(map, add.state);
		} catch (e) {
			this.error = { kind: 'draw', detail: e instanceof Error ? e.message : String(e) };
		}
		started.release();
		addControls(map);
		setTimeout(() => (this.created = true), 0);
		const offs = [
			listen(map, 'mousemove', (e) => {
				// Imported points are drawn on top of the app's data, and picked on the CPU.
				const drawn = this.#importLayers;
				const point = drawn?.pickImportPoint(map, e.point) ?? null;
				drawn?.hoverImportPoint(map, point);
				this.#hover.set(
					map,
					point ? null : topFeature(map, e.point, this.#pickable(), this.#isDrawn),
					!!point
				);
			}),
			listen(map, 'mouseout', () => {
				this.#importLayers?.hoverImportPoint(map, null);
				this.#hover.set(map, null);
			}),
			listen(map, 'click', (e) => {
				const at: [number, number] = [e.lngLat.lng, e.lngLat.lat];
				const point = this.#importLayers?.pickImportPoint(map, e.point) ?? null;
				if (point) {
					this.#options.onpick?.({ source: point.source, id: String(point.id), lngLat: at }, at);
					return;
				}
				const f = topFeature(map, e.point, this.#pickable(), this.#isDrawn);
				// Every chunk of a large event set is the one `events` dataset to app state; an imported
				// line or polygon belongs to its dataset (`import-…`).
				const imported = f ? importIdOfLayer(f.layer.id) : null;
				const source =
					imported ?? (f?.source.startsWith(`${SOURCE.events}-`) ? SOURCE.events : f?.source);
				this.#options.onpick?.(f && source ? { source, id: String(f.id), lngLat: at } : null, at);
			}),
			listen(map, 'moveend', () => {
				const c = map.getCenter();
				this.#options.onmoveend?.({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
			}),
			listen(map, 'error', (e) => {
				this.error = { kind: 'runtime', detail: e.error?.message ?? '' };
			})
		];
		map.once('idle', () => {
			performance.mark(FIRST_IDLE_MARK);
			this.#drawnOnce();
		});
		this.#hold = started.hold;
		// Work queued for the map runs now that its sources and layers exist.
		this.#live = map;
		const queued = this.#pending;
		this.#pending = [];
		for (const fn of queued) fn(map);
		void started.shown.then(() => {
			if (this.#live !== map) return;
			// App state learns the opening view (fitted to the screen), so links and exports hold
			// it; scripts get the map once it has drawn its data.
			const c = map.getCenter();
			this.#options.onmoveend?.({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
			this.map = map;
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
	#whenReady(fn: (map: MlMap) => void): void {
		if (this.#live) fn(this.#live);
		else this.#pending.push(fn);
	}

	/** Replaces a GeoJSON source's data (never per slider tick), unless the map already draws it. */
	setData(source: string, data: FeatureCollection): void {
		this.#wanted.set(source, data);
		this.#whenReady((map) => {
			if (this.#wanted.get(source) !== data || sameData(this.#drawn.get(source), data)) return;
			this.#drawn.set(source, data);
			map.getSource<GeoJSONSource>(source)?.setData(data);
		});
	}

	/** Draws an event plan (the story's events or a scripted set), unless it already does. */
	setEvents(plan: EventPlan): void {
		this.#wantedPlan = plan;
		this.#whenReady((map) => {
			if (this.#wantedPlan !== plan || this.#plan === plan) return;
			const same =
				this.#plan &&
				!plan.chunks.length &&
				!this.#plan.chunks.length &&
				sameData(this.#plan.parts[0], plan.parts[0]!);
			this.#plan = plan;
			if (same) return;
			this.#events.apply(map, plan, this.#visible?.includes('events') ?? true);
			this.#ages.setPlan(plan);
			this.#ages.apply(map, this.#state);
		});
	}

	/**
	 * Draws the user's imported datasets (sources `import-…`), adding and removing as they change.
	 * Their drawing code (map/importLayers, the GPU points layer) loads with the first dataset.
	 */
	setImports(layers: readonly ImportedLayer[]): void {
		this.#wantedImports = layers;
		const loaded = this.#importLayers;
		if (loaded) {
			this.#whenReady((map) => loaded.syncImportLayers(map, layers));
			return;
		}
		if (layers.length === 0) return;
		void this.preloadImports().then((m) => {
			if (this.#wantedImports !== layers) return;
			this.#whenReady((map) => m.syncImportLayers(map, layers));
		});
	}

	/**
	 * Loads the imported datasets' drawing code and starts compiling its GPU program ahead of the
	 * first dataset (the app asks once the map has drawn), so a dataset is on the map as soon as
	 * app state has it.
	 */
	preloadImports(): Promise<ImportLayersModule> {
		this.#importLayersLoading ??= import('./importLayers').then((m) => {
			this.#importLayers = m;
			// Their GPU program compiles now, while nothing waits for it.
			this.#whenReady((map) => m.preparePointsProgram(map));
			return m;
		});
		return this.#importLayersLoading;
	}

	/** Shows exactly the given layer groups (event chunk layers follow `events`). */
	setVisible(groups: readonly LayerGroup[]): void {
		this.#visible = groups;
		this.#whenReady((map) => {
			for (const [group, ids] of Object.entries(GROUP_LAYERS) as [LayerGroup, string[]][]) {
				const want = groups.includes(group) ? 'visible' : 'none';
				const extra = group === 'events' ? this.#events.extraLayers : [];
				for (const id of [...ids, ...extra]) {
					// Only real changes: setting a layout property, even to its current value, makes
					// MapLibre lay out the layer's source again.
					if (
						!map.getLayer(id) ||
						(map.getLayoutProperty(id, 'visibility') ?? 'visible') === want
					) {
						continue;
					}
					map.setLayoutProperty(id, 'visibility', want);
				}
			}
		});
	}

	/**
	 * Sets the map's global state (time, window, comparison, chunk times; core/map/mapGlobalState)
	 * by sending only the keys that changed, in one step (setGlobalStateOnce). At most one update
	 * per animation frame reaches MapLibre: the first in a frame is applied at once, later ones in
	 * the same frame are coalesced and applied on the next. The map draws its next frame once the
	 * tiles the step lays out again are back (holdDrawing). A scrub never calls `setData`.
	 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setglobalstateproperty
	 */
	setGlobalState(state: Record<string, unknown>): void {
		this.#nextState = state;
		if (this.#stateFrame === null) this.#flushGlobalState();
	}

	#flushGlobalState(): void {
		const next = this.#nextState;
		this.#nextState = null;
		if (next) {
			this.#whenReady((map) => {
				// Only the keys that differ from the map's own state; one layout of each source the
				// step changes, and no frame drawn until it is back.
				const reloaded = setGlobalStateOnce(map, next);
				if (reloaded.length) this.#hold?.until(reloaded, STEP_DRAW_WAIT_MS);
				this.#state = next;
				this.#ages.apply(map, next);
				this.#importLayers?.applyImportTimes(map);
			});
		}
		// Close this frame to further updates: any that arrive before the next frame wait for it.
		this.#stateFrame = requestAnimationFrame(() => {
			this.#stateFrame = null;
			if (this.#nextState) this.#flushGlobalState();
		});
	}

	/**
	 * Carries out a camera move app state asked for, keeping the target in the part of the map
	 * nothing covers (MapLibre's `padding`): a link's view, a framed set of zones, or a point that
	 * is brought into view only if it is not already clear of the panel and the time bar.
	 */
	moveCamera(request: CameraRequest): void {
		this.#whenReady((map) => {
			const padding = this.#options.padding();
			const animate = request.animate;
			if (request.kind === 'jump') {
				map.jumpTo({ zoom: request.view.zoom, center: [request.view.lng, request.view.lat] });
			} else if (request.kind === 'fit') {
				const el = map.getContainer();
				const size = { width: el.clientWidth, height: el.clientHeight };
				const total = request.extra ? withCover(padding, request.extra, size) : padding;
				map.fitBounds(request.bounds, { padding: total, animate, maxZoom: 7 });
			} else {
				const size = {
					width: map.getContainer().clientWidth,
					height: map.getContainer().clientHeight
				};
				if (inFreeArea(map.project(request.point), size, padding)) return;
				// `offset` (not `padding`, which MapLibre keeps for later moves) puts the point at the
				// centre of the free area, so the camera in the URL stays the canvas centre.
				const offset: [number, number] = [
					(padding.left - padding.right) / 2,
					(padding.top - padding.bottom) / 2
				];
				const options = { center: request.point, zoom: Math.min(map.getZoom(), 5), offset };
				map.easeTo(animate ? options : { ...options, duration: 0 });
			}
		});
	}

	/** Marks one feature as selected (drawn emphasised), or clears the selection. */
	select(ref: FeatureRef | null): void {
		this.#whenReady((map) => {
			if (this.#selected && map.getSource(this.#selected.source)) {
				map.removeFeatureState(this.#selected, 'selected');
			}
			this.#selected = ref;
			if (ref && map.getSource(ref.source)) map.setFeatureState(ref, { selected: true });
		});
	}

	/**
	 * Opens a small popup naming the picked feature at `lngLat` (text only, never HTML), opening
	 * into the free part of the map so it never runs under the panel or the time bar.
	 */
	openPopup(lngLat: [number, number], content: HTMLElement, onclose?: () => void): void {
		this.#whenReady((map) => {
			const el = map.getContainer();
			const size = { width: el.clientWidth, height: el.clientHeight };
			const anchor = popupAnchor(map.project(lngLat), size, this.#options.padding());
			this.#popup.open(map, lngLat, content, anchor, onclose);
		});
	}

	/** Closes the popup, if one is open. */
	closePopup(): void {
		this.#popup.close();
	}

	/** Whether a picked feature is drawn: a story event only while its `age` state says so. */
	#isDrawn = (f: MapGeoJSONFeature): boolean =>
		f.source !== SOURCE.events || !!this.#plan?.chunks.length || isDrawnAge(f.state?.[EVENT_AGE]);

	/** The layers a pointer can pick: the fixed ones and any event chunks' circles. */
	#pickable(): string[] {
		const chunkCircles = this.#events.extraLayers.filter((id) => id.startsWith(LAYER.eventsCircle));
		const imported = this.#live ? (this.#importLayers?.importPickLayers(this.#live) ?? []) : [];
		return [...imported, ...INTERACTIVE_LAYERS, ...chunkCircles];
	}
}
