import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { activeExercise, type ZoneTiming } from '../core/analysis/activeExercise';
import type { AnalysisFile } from '../core/analysis/analysisSchema';
import { nearestFeatures } from '../core/analysis/nearestFeatures';
import type { LoadResult } from '../core/data/loadResult';
import type { describeFeature, FeatureDescription } from '../core/describe/describeFeature';
import type { describeImported } from '../core/import/describeImported';
import { bboxOf } from '../core/geo/bboxOf';
import { mapGlobalState } from '../core/map/mapGlobalState';
import { eventBoundaries, zoneBoundaries } from '../core/time/heldTimes';
import {
	freePadding,
	INITIAL_BOUNDS,
	PHONE_MAX_WIDTH,
	type CameraRequest,
	type CameraView,
	type Padding,
	type ScreenRect
} from '../core/map/view';
import type { MapScene } from '../core/style/buildStyle';
import { LAYER_GROUPS, SOURCE } from '../core/style/ids';
import { eventAt } from '../core/time/eventsInWindow';
import { planEventChunks } from '../core/time/planEventChunks';
import { DEFAULT_TIME } from '../core/time/storyTime';
import {
	parseUrlState,
	serializeUrlState,
	urlStateIssues,
	type UrlIssue,
	type UrlState
} from '../core/url/urlState';
import type { StoryFile, StoryStep } from '../core/data/storySchema';
import type { FeatureListItem } from '../core/describe/featureListGroups';
import type { Lang } from '../core/i18n/languages';
import { chooseLanguage } from '../core/i18n/chooseLanguage';
import { localiseCollection } from '../core/data/localise';
import type { TranslationFile } from '../core/data/translationSchema';
import { translateStory } from '../core/data/translateStory';
import { STATE } from '../core/style/timeExpressions';
import { Announcer } from './Announcer.svelte';
import type { Imports } from './Imports.svelte';
import { projectFileName } from '../core/import/projectFileName';
import { language } from './Language.svelte';
import { Datasets } from './Datasets.svelte';
import { Story } from './Story.svelte';
import { Layers } from './Layers.svelte';
import { Measure } from './Measure.svelte';
import { Selection } from './Selection.svelte';
import { Timeline, type TimelineEvent } from './Timeline.svelte';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** How an event is chosen: set the time to it, move the camera to it, add a history entry. */
export interface ChooseOptions {
	setTime?: boolean;
	move?: boolean;
	/** True when a person chose it (list, step buttons): Back returns to the previous event. */
	push?: boolean;
}

/** The timeline's view of a drawn event (scripted sets may carry only id, ts and category). */
function asTimelineEvent(f: Feature): TimelineEvent {
	const p = (f.properties ?? {}) as Partial<TimelineEvent> & { id?: unknown; ts?: unknown };
	return {
		...p,
		id: String(p.id),
		ts: Number(p.ts),
		name: typeof p.name === 'string' ? p.name : String(p.id),
		category: typeof p.category === 'string' ? p.category : 'military',
		time: typeof p.time === 'string' ? p.time : new Date(Number(p.ts)).toISOString(),
		time_precision: typeof p.time_precision === 'string' ? p.time_precision : 'minute'
	};
}

/**
 * The one app state: time and window (Timeline), layers, selection, camera, comparison, the
 * measuring tool and every dataset, scripted event sets included. Components and the console API
 * call its methods; the map binder pushes what it derives (the scene) into MapLibre; the URL
 * mirrors it both ways. Nothing here reads anything back from the map.
 */
export class AppState {
	readonly datasets = new Datasets();
	readonly layers = new Layers();
	readonly selection = new Selection();
	readonly measure = new Measure();
	readonly story = new Story();
	readonly announcer = new Announcer();
	/** Loads the story file (set by the app: it is fetched when the story first opens). */
	storyLoader: (() => Promise<StoryFile>) | null = null;
	/**
	 * Makes the imported-data state (its worker client and IndexedDB store load with it), so
	 * none of that code weighs on startup: the app asks once the map has drawn, or at the first
	 * file, whichever comes first (see useImports).
	 */
	importsLoader: (() => Promise<Imports>) | null = null;
	#importsLoading: Promise<Imports> | null = null;
	storyError = $state<string | null>(null);
	/** The interface, data and label language (one for the whole app). */
	readonly language = language;
	/** Loads a language's data translations (set by the app; null for English). */
	translationLoader: ((lang: Lang) => Promise<TranslationFile | null>) | null = null;
	/** The active language's data translations (null: the data's own English). */
	translation = $state.raw<TranslationFile | null>(null);
	/** The user's imported datasets (set by the app, which gives them their file I/O). */
	imports = $state.raw<Imports | null>(null);
	/** The browser's languages, for links that name none. */
	browserLanguages: readonly string[] = [];
	readonly timeline = new Timeline(DEFAULT_TIME);
	compare = $state(false);
	/** The camera as last reported by the map after a move, or asked for: what the URL holds. */
	camera = $state.raw<CameraView | null>(null);
	/** The latest camera move asked of the map (the binder carries it out once). */
	cameraRequest = $state.raw<CameraRequest | null>(null);
	/** An event set drawn from the console in place of the story's (null: the story's). */
	drawnEvents = $state.raw<FeatureCollection | null>(null);
	/** The zone whose nearest point to Taiwan the analysis panel draws. */
	nearestZone = $state<string | null>(null);
	analysis = $state.raw<AnalysisFile | null>(null);
	analysisError = $state<string | null>(null);
	/** Whether the panel (the phone's sheet) is open. */
	panelOpen = $state(true);
	/** The map's size and what covers it (panel, time bar, buttons), in CSS pixels. */
	screen = $state.raw<{ width: number; height: number; obstacles: ScreenRect[] }>({
		width: 1280,
		height: 800,
		obstacles: []
	});
	/** Fields of the last link that could not be read (shown to the user, kept state for them). */
	linkIssues = $state.raw<UrlIssue[]>([]);
	reducedMotion = $state(false);

	#cameraSeq = 0;
	#pushNext = false;
	#pendingLink: { link: UrlState; hash: string } | null = null;

	/** Whether the screen is phone-sized (the panel is a bottom sheet). */
	phone = $derived(this.screen.width <= PHONE_MAX_WIDTH);
	/** The part of the map nothing covers, as MapLibre camera padding. */
	padding = $derived(freePadding(this.screen, this.screen.obstacles));

	/** The datasets with their display text in the active language (English where untranslated). */
	collections = $derived.by(() => {
		const c = this.datasets.collections;
		const t = this.translation;
		if (!t) return c;
		return {
			...c,
			events: c.events && localiseCollection(c.events, 'events.geojson', t),
			places: c.places && localiseCollection(c.places, 'places.geojson', t),
			'drill-zones':
				c['drill-zones'] && localiseCollection(c['drill-zones'], 'drill-zones.geojson', t),
			reference: c.reference && localiseCollection(c.reference, 'reference.geojson', t)
		};
	});
	/** The events drawn: a scripted set, else the story's. */
	eventsData = $derived(this.drawnEvents ?? this.collections.events ?? EMPTY);
	/** How the events are split into sources (chunks for large sets). */
	eventPlan = $derived(planEventChunks(this.eventsData));
	/** When the zones' drawing changes: what their held time moves between. */
	#zoneBoundaries = $derived(
		zoneBoundaries(
			(this.datasets.collections['drill-zones']?.features ?? []).map((f) => f.properties ?? {})
		)
	);
	/** The story events' times, ascending (none for a chunked set: its chunks hold their own). */
	#eventTimes = $derived(
		this.eventPlan.chunks.length
			? undefined
			: this.eventsData.features.map((f) => Number(f.properties?.ts)).sort((a, b) => a - b)
	);
	/** When the set of story events drawn changes, for the current window. */
	#eventBounds = $derived(
		this.#eventTimes && eventBoundaries(this.#eventTimes, this.timeline.effectiveWindowMs)
	);
	/** The map's global state now: time, held times, window, comparison and chunk times. */
	globalState = $derived(this.#globalStateAt(this.timeline.t));

	/** The global state at a time: time keys, event chunk times and language. */
	#globalStateAt(t: number): Record<string, unknown> {
		const windowMs = this.timeline.effectiveWindowMs;
		return Object.assign(
			mapGlobalState({ t, windowMs, compare: this.compare }, this.eventPlan.chunks, {
				zones: this.#zoneBoundaries,
				events: this.#eventTimes,
				eventBounds: this.#eventBounds
			}),
			{ [STATE.lang]: this.language.lang }
		);
	}
	/** The measuring tool's drawing and the analysis panel's nearest-point line. */
	annotations = $derived.by((): FeatureCollection => {
		const zone = this.nearestZone
			? this.analysis?.zones.find((z) => z.id === this.nearestZone)
			: null;
		return {
			type: 'FeatureCollection',
			features: [...this.measure.drawing.features, ...(zone ? nearestFeatures(zone) : [])]
		};
	});
	/** Every non-event source's data, by source id. */
	mapData = $derived<Partial<Record<string, FeatureCollection>>>({
		...this.collections,
		events: undefined,
		[SOURCE.annotations]: this.annotations
	});

	/** What the map draws at time `t` (the app's time if left out): used live and by exports. */
	sceneAt(t: number = this.timeline.t): MapScene {
		return {
			data: this.mapData,
			events: this.eventPlan,
			visible: this.layers.on,
			globalState: t === this.timeline.t ? this.globalState : this.#globalStateAt(t)
		};
	}

	/** The selected feature, if it is in the data. */
	selectedFeature = $derived<Feature | undefined>(
		this.selection.current
			? this.find(this.selection.current.source, this.selection.current.id)
			: undefined
	);
	/**
	 * What writes a picked feature's description, of the app's data and of the user's, loaded
	 * with the panel's lower parts and the later catalogue (App.svelte): they are needed only
	 * once a feature is picked. Until they arrive a selection has no description.
	 */
	describer = $state.raw<{
		feature: typeof describeFeature;
		imported: typeof describeImported;
	} | null>(null);
	/** The selected feature's description (title, rows, sources), for the one detail view. */
	description = $derived(
		this.selection.current?.source.startsWith('import-')
			? this.#describeImported(this.selection.current.source, Number(this.selection.current.id))
			: this.selection.current && this.selectedFeature && this.describer
				? this.describer.feature(
						this.selection.current.source,
						this.selectedFeature.properties ?? {},
						this.timeline.zone,
						{ lang: this.language.lang, m: this.language.later }
					)
				: null
	);
	/** The description of point `i` of an imported dataset, or null if it is gone. */
	#describeImported(id: string, i: number): FeatureDescription | null {
		const layer = this.imports?.find(id);
		const properties = Number.isInteger(i) ? this.imports?.pointProperties(id, i) : null;
		if (!layer || !properties || !this.describer) return null;
		return this.describer.imported(layer.name, properties, i, layer.mapping.name, {
			lang: this.language.lang,
			m: this.language.later
		});
	}
	/**
	 * How many points of each imported dataset lie inside each drill zone, for the analysis
	 * panel (counted by the imports' state, which loads with the first dataset).
	 */
	importZoneCounts = $derived.by(() => {
		const zones = (this.collections['drill-zones']?.features ?? []).filter(
			(f): f is Feature<Polygon> => f.geometry?.type === 'Polygon'
		);
		return this.imports?.countsInZones(zones) ?? [];
	});
	/** Id of the selected event, if an event is selected. */
	selectedEvent = $derived(
		this.selection.current?.source === 'events' ? this.selection.current.id : null
	);
	/** The exercise active now, if any (for the analysis panel). */
	exerciseNow = $derived(
		activeExercise(
			(this.datasets.collections['drill-zones']?.features ?? []).map(
				(f) => f.properties as ZoneTiming
			),
			this.timeline.t
		)
	);

	/** The view as a link: everything on screen that changes what the map shows. */
	urlState = $derived<UrlState>({
		t: Math.floor(this.timeline.t / 1000) * 1000,
		map: this.camera ?? undefined,
		layers: this.layers.on,
		event: this.selectedEvent ?? undefined,
		compare: this.compare || undefined,
		story: this.story.step ?? undefined,
		lang: this.language.lang
	});
	/** The link's hash for urlState. */
	urlHash = $derived(serializeUrlState(this.urlState));

	/** Finds a feature by source and id, scripted events included. */
	find(source: string, id: string): Feature | undefined {
		if (source === SOURCE.events && this.drawnEvents) {
			return this.drawnEvents.features.find((f) => String(f.properties?.id) === id);
		}
		const fc = this.collections[source as keyof typeof this.collections];
		return fc?.features.find((f) => f.properties?.id === id);
	}

	/** Takes the loaded data; an event named by the opening link is chosen once it is there. */
	receive(result: LoadResult): void {
		this.datasets.receive(result);
		this.timeline.setPlaces(
			Object.fromEntries(
				(result.collections.places?.features ?? []).map((f) => [
					String(f.properties?.id),
					String(f.properties?.name)
				])
			)
		);
		if (!this.drawnEvents) this.#listStoryEvents();
		const pending = this.#pendingLink;
		this.#pendingLink = null;
		if (pending) this.applyLink(pending.link, pending.hash, true);
	}

	/** Gives the timeline the story's events in the active language, keeping the time. */
	#listStoryEvents(): void {
		const t = this.timeline.t;
		this.timeline.setEvents(
			(this.collections.events?.features ?? []).map((f) => f.properties as TimelineEvent)
		);
		this.timeline.setTime(t);
	}

	/**
	 * Switches the interface, data and labels to a language: its catalogue and data translations
	 * load first, then everything changes at once. A translation that cannot be loaded leaves the
	 * data in English.
	 */
	setLanguage(lang: Lang): Promise<void> {
		// A link applied again while its language is still loading (startup does) loads it once.
		if (this.#switchingTo === lang) return this.languageReady;
		this.#switchingTo = lang;
		const switching = this.#switchLanguage(lang).finally(() => {
			if (this.languageReady === switching) this.#switchingTo = null;
		});
		this.languageReady = switching;
		return switching;
	}

	#switchingTo: Lang | null = null;

	/**
	 * Settles once the language last asked for (the link's, at startup) has its catalogue and
	 * data translations in place: the map starts after it, so its labels are drawn once, in
	 * that language.
	 */
	languageReady: Promise<void> = Promise.resolve();

	async #switchLanguage(lang: Lang): Promise<void> {
		const [, translation] = await Promise.all([
			this.language.set(lang),
			(this.translationLoader?.(lang) ?? Promise.resolve(null)).catch(() => null)
		]);
		if (this.language.lang !== lang) return;
		this.translation = translation;
		if (this.#storyFile) this.story.setStory(translateStory(this.#storyFile, translation?.story));
		if (!this.drawnEvents && this.datasets.status === 'ready') this.#listStoryEvents();
	}

	/** The story as data/story.json has it (English), once loaded; `story` holds it translated. */
	#storyFile: StoryFile | null = null;

	/** What the last "Open project" said went wrong (each problem naming its field), or null. */
	projectErrors = $state.raw<string[] | null>(null);

	/**
	 * The imported-data state, made (and its stored datasets brought back) on first use; the
	 * same promise after that.
	 */
	useImports(): Promise<Imports> {
		if (this.imports) return Promise.resolve(this.imports);
		this.#importsLoading ??= (async () => {
			if (!this.importsLoader) throw new Error('Importing is not available.');
			const imports = await this.importsLoader();
			this.imports = imports;
			void imports.restore();
			return imports;
		})();
		return this.#importsLoading;
	}

	/** "Save project": the view (as its link) and the imported datasets, as one JSON file. */
	projectFile(): { text: string; fileName: string } | null {
		if (!this.imports) return null;
		const text = this.imports.projectText({ hash: this.urlHash });
		return { text, fileName: projectFileName(this.timeline.t) };
	}

	/**
	 * "Open project": adds the file's datasets and shows its view, as following its link would.
	 * A file that cannot be read changes nothing and leaves its problems in projectErrors.
	 */
	async openProject(file: Blob): Promise<boolean> {
		const imports = await this.useImports();
		let text: string;
		try {
			text = await file.text();
		} catch (e) {
			this.projectErrors = [e instanceof Error ? e.message : String(e)];
			return false;
		}
		const r = await imports.openProjectText(text);
		if (!r.ok) {
			this.projectErrors = r.errors;
			return false;
		}
		this.projectErrors = null;
		const hash = typeof r.view.hash === 'string' ? r.view.hash : '';
		if (hash) this.applyLink(parseUrlState(hash), hash);
		return true;
	}

	/**
	 * Applies a link's view (on load, on hashchange, on Back/Forward). Parts it leaves out take
	 * their defaults, as if the link were opened afresh; parts it got wrong (`hash` tells which)
	 * keep the current state and are listed in linkIssues.
	 */
	applyLink(link: UrlState, hash: string, initial = false): void {
		this.linkIssues = urlStateIssues(hash);
		if (initial || link.lang) {
			const lang = chooseLanguage(link.lang, this.browserLanguages);
			if (lang !== this.language.lang || (initial && lang !== 'en')) void this.setLanguage(lang);
		}
		const issues = this.linkIssues;
		const bad = { has: (field: string) => issues.some((i) => i.field === field) };
		if (this.datasets.status === 'loading') this.#pendingLink = { link, hash };
		else initial ||= this.#pendingLink !== null;
		if (!bad.has('layers')) this.layers.setOn(link.layers ?? LAYER_GROUPS);
		if (!bad.has('compare')) this.compare = link.compare ?? false;
		if (link.t !== undefined) {
			this.timeline.pause();
			this.timeline.setTime(link.t);
		}
		if (link.map) {
			this.camera = link.map;
			this.#askCamera({ kind: 'jump', view: link.map }, false);
		}
		if (this.datasets.status === 'loading') return;
		if (link.story && !bad.has('story')) void this.openStory(link.story);
		else if (!bad.has('story') && this.story.open) this.story.close();
		if (link.event && this.find(SOURCE.events, link.event)) {
			this.chooseEvent(link.event, { setTime: link.t === undefined, move: !link.map });
		} else if (!bad.has('event')) {
			this.selection.clear();
			if (!link.map && !bad.has('map') && !initial) this.fitInitial();
		}
	}

	/** Frames the opening view (Taiwan, the strait and the drill zones). */
	fitInitial(): void {
		this.#askCamera({ kind: 'fit', bounds: INITIAL_BOUNDS }, !this.reducedMotion);
	}

	/** Selects an event: sets the time to it, opens its detail and brings its place into view. */
	chooseEvent(id: string, options: ChooseOptions = {}): void {
		const { setTime = true, move = true, push = false } = options;
		const f = this.find(SOURCE.events, id) as Feature<Point> | undefined;
		if (!f) return;
		const point = f.geometry.coordinates as [number, number];
		if (setTime) {
			this.timeline.pause();
			if (!this.timeline.goTo(id)) this.timeline.setTime(Number(f.properties?.ts));
		}
		if (push) this.#pushNext = true;
		this.selection.select({ source: SOURCE.events, id }, point);
		if (this.phone) this.panelOpen = true;
		if (!move) return;
		const zoneIds = (f.properties?.zones as string[] | undefined) ?? [];
		const zones = zoneIds.flatMap((z) => this.find(SOURCE.drillZones, z)?.geometry ?? []);
		const bounds = zones.length ? bboxOf(zones) : null;
		if (bounds) this.#askCamera({ kind: 'fit', bounds }, !this.reducedMotion);
		else this.#askCamera({ kind: 'reveal', point }, !this.reducedMotion);
	}

	/** Selects what the pointer picked on the map (or clears it), or adds a measuring point. */
	pick(picked: { source: string; id: string } | null, at: [number, number]): void {
		if (this.measure.active) this.measure.add(at);
		else if (picked) {
			this.selection.select(picked, at);
			if (this.phone) this.panelOpen = true;
		} else this.selection.clear();
	}

	/** Selects a feature chosen from the keyboard list, as a click on the map would, and shows it. */
	selectListed(item: FeatureListItem): void {
		if (item.source === SOURCE.events) {
			this.chooseEvent(item.id, { push: true });
			return;
		}
		this.selection.select({ source: item.source, id: item.id }, item.lngLat);
		const f = this.find(item.source, item.id);
		const bounds = f ? bboxOf([f.geometry]) : null;
		if (bounds && item.source !== SOURCE.places) {
			this.#askCamera({ kind: 'fit', bounds }, !this.reducedMotion);
		} else if (item.lngLat)
			this.#askCamera({ kind: 'reveal', point: item.lngLat }, !this.reducedMotion);
	}

	/**
	 * Opens the guided story at a step id (or its opening screen), loading the story file the
	 * first time. A file that cannot be loaded leaves the map as it is and says why.
	 */
	async openStory(id: string | null = null): Promise<void> {
		try {
			if (!this.story.story) {
				if (!this.storyLoader) throw new Error('no story is available');
				this.#storyFile = await this.storyLoader();
				this.story.setStory(translateStory(this.#storyFile, this.translation?.story));
			}
			this.storyError = null;
			this.story.start(id === 'intro' ? null : id);
		} catch (e) {
			this.storyError = this.language.t('storyFailed', {
				error: e instanceof Error ? e.message : String(e)
			});
		}
	}

	/**
	 * Shows a story step on the map: its event (time and detail) or its time, and its camera box
	 * fitted clear of the story card (`cover`). The opening screen shows the whole strait.
	 */
	showStoryStep(
		step: StoryStep | null,
		bounds: [[number, number], [number, number]] | null,
		cover: Padding
	): void {
		this.timeline.pause();
		// The story card, not the phone's sheet, shows the step: keep the sheet as it was.
		const sheet = this.panelOpen;
		if (step?.event) this.chooseEvent(step.event, { move: false });
		else if (step?.time) {
			this.selection.clear();
			this.timeline.setTime(Date.parse(step.time));
		}
		this.panelOpen = sheet;
		if (bounds) this.#askCamera({ kind: 'fit', bounds, extra: cover }, !this.reducedMotion);
		if (step) this.announcer.announce(step.caption);
	}

	/** Steps to the next (1) or previous (-1) event and chooses it, as a person's step. */
	stepEvent(dir: 1 | -1): void {
		const e = this.timeline.stepEvent(dir);
		if (e) this.chooseEvent(e.id, { setTime: false, push: true });
	}

	/** Records where the camera came to rest after a move (a person's pan or a request). */
	cameraMoved(view: CameraView): void {
		this.camera = view;
	}

	/**
	 * Draws an event set from the console in place of the story's (null restores the story).
	 * The list, the time filter and the GeoJSON export all use it.
	 */
	drawEvents(data: FeatureCollection | null): void {
		if (data !== null && (data?.type !== 'FeatureCollection' || !Array.isArray(data.features))) {
			throw new TypeError('drawEvents() takes a GeoJSON FeatureCollection or null');
		}
		this.drawnEvents = data;
		if (this.selection.current?.source === SOURCE.events) this.selection.clear();
		const features = (data ?? this.datasets.collections.events ?? EMPTY).features;
		const t = this.timeline.t;
		this.timeline.setEvents(features.map(asTimelineEvent));
		this.timeline.setTime(t);
	}

	/** The title of the event current at a time, for exports. */
	titleAt(t: number): string {
		return eventAt(this.timeline.events, t)?.name ?? 'Strait Atlas';
	}

	/** Takes the build-time analysis figures when they arrive, or the reason they did not. */
	receiveAnalysis(loading: Promise<AnalysisFile>): Promise<AnalysisFile | null> {
		return loading.then(
			(a) => (this.analysis = a),
			(e: unknown) => {
				this.analysisError = e instanceof Error ? e.message : String(e);
				return null;
			}
		);
	}

	/** Escape: leaves the measuring tool if it is on, else closes the detail. */
	escape(): void {
		if (this.measure.active) this.measure.stop();
		else this.selection.clear();
	}

	/** True once, after a person's choice that should become a history entry. */
	takePush(): boolean {
		const push = this.#pushNext;
		this.#pushNext = false;
		return push;
	}

	#askCamera(
		request:
			| { kind: 'jump'; view: CameraView }
			| { kind: 'fit'; bounds: [[number, number], [number, number]]; extra?: Padding }
			| { kind: 'reveal'; point: [number, number] },
		animate: boolean
	): void {
		this.cameraRequest = { ...request, seq: ++this.#cameraSeq, animate } as CameraRequest;
	}
}
