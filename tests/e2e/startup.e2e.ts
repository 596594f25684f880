import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/lib/core/data/dataFiles';
import { sharedApp, waitForMapIdle } from './util';

const DATA_SOURCES = ['drill-zones', 'shipping-lanes', 'places', 'events', 'reference'];

/** The startup record the init script keeps in the page. */
interface StartupRecord {
	/** Source id of every GeoJSON data load MapLibre sent to its worker, in order. */
	loads: string[];
	/** Source id of every tile reload MapLibre sent to its worker (message "RT"), in order. */
	reloads: string[];
	/** The same reloads as `source/tile uid`. */
	reloadedTiles: string[];
	/** The canvas's visibility when it first appeared, and when the map was first ready. */
	canvasAtStart: string | null;
	canvasWhenReady: string | null;
	/** WebGL draw calls made while the map's canvas was hidden, and in all. */
	hiddenDraws: number;
	draws: number;
	/** The app's JS files (names) fetched by the frame that first showed the canvas. */
	scriptsWhenShown: string[] | null;
	/** `canvas` and `panel` (the event list's title), in the order they entered the page. */
	entered: string[];
	/** Whether the map asked for its WebGL context before the app had mounted anything. */
	contextBeforeMount: boolean | null;
}

/**
 * Runs in the page before the app: records MapLibre's GeoJSON loads (its worker message "LD",
 * which `setData` and the initial load send) and the map canvas's visibility over startup.
 */
function recordStartup() {
	const record: StartupRecord = {
		loads: [],
		reloads: [],
		reloadedTiles: [],
		canvasAtStart: null,
		canvasWhenReady: null,
		hiddenDraws: 0,
		draws: 0,
		scriptsWhenShown: null,
		entered: [],
		contextBeforeMount: null
	};
	(window as unknown as { __startup: StartupRecord }).__startup = record;
	const entered = new MutationObserver(() => {
		for (const [name, selector] of [
			['canvas', '.maplibregl-canvas'],
			['panel', '#events-title']
		] as const) {
			if (!record.entered.includes(name) && document.querySelector(selector)) {
				record.entered.push(name);
			}
		}
		if (record.entered.length === 2) entered.disconnect();
	});
	entered.observe(document, { childList: true, subtree: true });
	const getContext = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (
		this: HTMLCanvasElement,
		...args: Parameters<HTMLCanvasElement['getContext']>
	) {
		if (String(args[0]).startsWith('webgl'))
			record.contextBeforeMount ??= !document.getElementById('app')?.children.length;
		return getContext.apply(this, args);
	} as typeof getContext;
	const post = Worker.prototype.postMessage;
	Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
		const m = message as { type?: string; data?: { source?: string; uid?: unknown } } | null;
		if (m?.type === 'LD' && m.data?.source) record.loads.push(m.data.source);
		if (m?.type === 'RT' && m.data?.source) {
			record.reloads.push(m.data.source);
			record.reloadedTiles.push(`${m.data.source}/${String(m.data.uid)}`);
		}
		return post.call(this, message, ...rest);
	} as typeof post;
	for (const name of ['drawElements', 'drawArrays'] as const) {
		const draw = WebGL2RenderingContext.prototype[name] as (...a: unknown[]) => void;
		(WebGL2RenderingContext.prototype[name] as unknown) = function (
			this: WebGL2RenderingContext,
			...args: unknown[]
		) {
			record.draws++;
			if ((this.canvas as HTMLCanvasElement).style.visibility === 'hidden') record.hiddenDraws++;
			return draw.apply(this, args);
		};
	}
	const watch = () => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
		if (canvas && record.canvasAtStart === null) {
			record.canvasAtStart = getComputedStyle(canvas).visibility;
		}
		if (canvas && window.straitAtlas?.map) {
			record.canvasWhenReady = getComputedStyle(canvas).visibility;
			return;
		}
		requestAnimationFrame(watch);
	};
	requestAnimationFrame(watch);
	// The scripts fetched when the canvas is first shown: a MutationObserver sees the change in
	// the microtask after it, before anything the app starts once the map has drawn (a frame
	// polled later may already hold a lazy chunk fetched in between).
	const shown = new MutationObserver(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
		if (!canvas || canvas.style.visibility === 'hidden') return;
		shown.disconnect();
		record.scriptsWhenShown = performance
			.getEntriesByType('resource')
			.map((r) => new URL(r.name).pathname.split('/').pop()!)
			.filter((f) => f.endsWith('.js'));
	});
	shown.observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
}

describe('startup', () => {
	const shared = sharedApp({ init: recordStartup });
	const record = () =>
		shared().page.evaluate(() => (window as unknown as { __startup: StartupRecord }).__startup);

	it('MapController.attach() starts the map with its data, so each data source is laid out once', async () => {
		// A second load would come from a setData after the data arrived: wait until the map has
		// been idle again two frames after opening (waitForMapIdle), then count.
		await waitForMapIdle(shared().page);
		const { loads } = await record();
		for (const source of DATA_SOURCES) {
			expect(loads.filter((s) => s === source).length, source).toBe(1);
		}
	});

	it('startMap() creates the map on its basemap before the app mounts, while the data loads', async () => {
		const { contextBeforeMount } = await record();
		expect(contextBeforeMount).toBe(true);
	});

	it('MapController.attach() keeps the canvas hidden until the first complete frame', async () => {
		const { canvasAtStart, canvasWhenReady } = await record();
		expect(canvasAtStart).toBe('hidden');
		expect(canvasWhenReady).toBe('visible');
	});

	it("MapController.attach() marks the map's first idle (strait-atlas:map-idle) once, after the mount", async () => {
		// The bench times the app's startup to this mark, as it times the bare page to its idle.
		await waitForMapIdle(shared().page);
		const { idle, mount } = await shared().page.evaluate(() => ({
			idle: performance.getEntriesByName('strait-atlas:map-idle', 'mark').map((m) => m.startTime),
			mount: performance.getEntriesByName('strait-atlas:mount', 'mark')[0]?.startTime ?? NaN
		}));
		expect(idle).toHaveLength(1);
		expect(idle[0]).toBeGreaterThan(mount);
	});

	it('drawWhenComplete() keeps the map from drawing partial frames behind the hidden canvas', async () => {
		const { hiddenDraws, draws } = await record();
		expect(draws).toBeGreaterThan(0);
		expect(hiddenDraws).toBe(0);
	});

	it('loadDatasets() loads the validation code as its own script, not in the page’s first', async () => {
		const page = shared().page;
		const { first, loaded } = await page.evaluate(() => ({
			first: document.querySelector<HTMLScriptElement>('script[type="module"]')!.src,
			loaded: performance
				.getEntriesByType('resource')
				.map((r) => new URL(r.name).pathname.split('/').pop()!)
		}));
		expect(loaded.filter((f) => /^validateDatasets-.*\.js$/.test(f)).length).toBe(1);
		const script = await (await page.request.get(first)).text();
		// The schema's own error text, which only the validation code holds.
		expect(script).not.toContain('more problems in this file');
	});

	it('ActivityStrip loads its bars, their layout code and d3-scale after the map has drawn', async () => {
		const page = shared().page;
		await expect
			.poll(() => page.locator('[data-testid="activity-strip"] a[data-date]').count())
			.toBeGreaterThan(0);
		const { scriptsWhenShown } = await record();
		const loaded = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((r) => new URL(r.name).pathname.split('/').pop()!)
		);
		expect(scriptsWhenShown?.length).toBeGreaterThan(0);
		expect(scriptsWhenShown!.filter((f) => f.startsWith('ActivityTrack-'))).toEqual([]);
		expect(loaded.filter((f) => /^ActivityTrack-.*\.js$/.test(f)).length).toBe(1);
	});

	it('setTime() reloads no events tile, and no zone tile between two changes of the zones', async () => {
		const page = shared().page;
		/** The tiles of each source reloaded by moving from one time to another. */
		const reloadsBetween = async (from: string, to: string) => {
			await page.evaluate((iso) => window.straitAtlas!.setTime(iso), from);
			await waitForMapIdle(page);
			await page.evaluate(() => {
				(window as unknown as { __startup: StartupRecord }).__startup.reloads = [];
			});
			await page.evaluate((iso) => window.straitAtlas!.setTime(iso), to);
			await waitForMapIdle(page);
			const { reloads } = await record();
			return (source: string) => reloads.filter((s) => s === source).length;
		};
		// 08:30 to 10:00 on 30 Dec: the zones are active throughout (08:00-18:00); the rockets of
		// 09:00 appear and the events drawn are still fading, in their feature state alone.
		const live = await reloadsBetween('2025-12-30T08:30:00+08:00', '2025-12-30T10:00:00+08:00');
		expect([live('drill-zones'), live('events')]).toEqual([0, 0]);
		// Mid-February: every event drawn has faded, and no zone changes until March.
		const quiet = await reloadsBetween('2026-02-15T00:00:00Z', '2026-02-15T06:00:00Z');
		expect([quiet('drill-zones'), quiet('events')]).toEqual([0, 0]);
	});

	it('setTime() draws an event from the time it happens and ages it, in its feature state', async () => {
		const page = shared().page;
		/** The `age` state of the 09:00 rockets after moving to `iso`. */
		const ageAt = async (iso: string) => {
			await page.evaluate((t) => window.straitAtlas!.setTime(t), iso);
			await waitForMapIdle(page);
			return page.evaluate(
				() =>
					window.straitAtlas!.map!.getFeatureState({ source: 'events', id: 'jm2025-salvo-north' })
						.age
			);
		};
		expect(await ageAt('2025-12-30T08:30:00+08:00')).toBeNull();
		expect(await ageAt('2025-12-30T21:00:00+08:00')).toBe(0.5);
		expect(await ageAt('2026-01-20T00:00:00+08:00')).toBe(3);
	});

	it('setTime() draws one frame, once the tiles it lays out again are back', async () => {
		const page = shared().page;
		await page.evaluate(() => window.straitAtlas!.setTime('2025-12-30T10:00:00+08:00'));
		await waitForMapIdle(page);
		const frames = await page.evaluate(async () => {
			const map = window.straitAtlas!.map!;
			const rec = (window as unknown as { __startup: StartupRecord }).__startup;
			/** For each frame that drew: whether the events' tiles were all back. */
			const drawn: boolean[] = [];
			let draws = rec.draws;
			const onRender = () => {
				if (rec.draws !== draws) drawn.push(map.isSourceLoaded('events'));
				draws = rec.draws;
			};
			map.on('render', onRender);
			const idle = new Promise((r) => map.once('idle', r));
			window.straitAtlas!.setTime('2025-12-30T12:00:00+08:00');
			await idle;
			map.off('render', onRender);
			return drawn;
		});
		// One frame, drawn once the events are back: none before, none after.
		expect(frames).toEqual([true]);
	});

	it('index.html preloads every data file and the app reads the preloaded responses', async () => {
		const { preloads, fetched } = await shared().page.evaluate(() => ({
			preloads: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')]
				.map((l) => new URL(l.href).pathname)
				.filter((p) => /\.(geo)?json$/.test(p)),
			fetched: performance
				.getEntriesByType('resource')
				.map((r) => new URL(r.name).pathname)
				.filter((p) => /\.(geo)?json$/.test(p))
		}));
		expect(preloads.length).toBe(DATA_FILES.length);
		// A preload the app's fetch did not match would show up as a second request.
		for (const path of preloads) expect(fetched.filter((p) => p === path).length, path).toBe(1);
	});

	it("mount() builds the panel's body only once the map exists, so the map starts first", async () => {
		const { entered } = await record();
		expect(entered).toEqual(['canvas', 'panel']);
	});

	it('index.html preloads the first glyph range and MapLibre reads the preloaded response', async () => {
		const { preloads, fetched } = await shared().page.evaluate(() => ({
			preloads: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')]
				.map((l) => decodeURIComponent(new URL(l.href).pathname))
				.filter((p) => p.endsWith('.pbf')),
			fetched: performance
				.getEntriesByType('resource')
				.map((r) => decodeURIComponent(new URL(r.name).pathname))
				.filter((p) => p.endsWith('.pbf'))
		}));
		expect(preloads).toEqual(['/glyphs/Noto Sans Regular/0-255.pbf']);
		expect(fetched.filter((p) => p === preloads[0]).length).toBe(1);
	});

	it('mount() loads the panel below its fold and the feature detail only after the map has drawn', async () => {
		const page = shared().page;
		await expect.poll(() => page.locator('[data-testid="project-file"]').count()).toBe(1);
		await page.locator('li[data-event] button').first().click();
		await expect.poll(() => page.locator('.detail').count()).toBe(1);
		const { scriptsWhenShown } = await record();
		const loaded = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((r) => new URL(r.name).pathname.split('/').pop()!)
		);
		for (const chunk of ['PanelTools-', 'FeatureDetail-']) {
			expect(loaded.filter((f) => f.startsWith(chunk) && f.endsWith('.js')).length, chunk).toBe(1);
			expect(
				scriptsWhenShown!.filter((f) => f.startsWith(chunk)),
				chunk
			).toEqual([]);
		}
	});
});
