import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

/** What a test learns from a page while it runs: errors and requests leaving the origin. */
export interface AppPage {
	page: Page;
	errors: string[];
	foreignRequests: string[];
	close: () => Promise<void>;
}

/** Opens the app in a fresh context, recording page errors, console errors and foreign requests. */
export async function openApp(
	browser: Browser,
	url: string,
	options: OpenOptions = {}
): Promise<AppPage> {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
		reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
		acceptDownloads: true
	});
	for (const init of [options.init ?? []].flat()) await context.addInitScript(init);
	const page = await context.newPage();
	const origin = new URL(url).origin;
	const errors: string[] = [];
	const foreignRequests: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	page.on('request', (r) => {
		const u = r.url();
		if (u.startsWith('data:') || u.startsWith('blob:')) return;
		if (new URL(u).origin !== origin) foreignRequests.push(u);
	});
	await page.goto(url + (options.hash ?? ''));
	return { page, errors, foreignRequests, close: () => context.close() };
}

/** Waits until the map exists and every data source has been filled (hidden layers included). */
export async function waitForData(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const map = window.straitAtlas?.map;
			if (!map || document.querySelector('.map-status')) return false;
			const data = map.getSource('places')?.serialize().data as { features?: unknown[] };
			return (data?.features?.length ?? 0) > 0;
		},
		undefined,
		{ timeout: 45_000 }
	);
}

/**
 * Waits until the map has drawn everything it is loading and stopped moving, imported points
 * included (their GPU layers upload and compile between frames, then draw).
 */
export async function waitForMapIdle(page: Page): Promise<void> {
	await waitForData(page);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = window.straitAtlas!.map!;
				const pointsPending = () =>
					map
						.getLayersOrder()
						.some(
							(id) =>
								/^import-[a-z0-9]+-points$/.test(id) &&
								(map.getLayer(id) as unknown as { implementation?: { complete?: boolean } })
									?.implementation?.complete === false
						);
				// Once pending points are in, a frame drawn after that one is waited for.
				let waited = false;
				const check = () => {
					if (pointsPending()) {
						waited = true;
						setTimeout(check, 20);
					} else if (waited) {
						waited = false;
						map.once('idle', check);
						map.triggerRepaint();
					} else if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
					else map.once('idle', check);
				};
				requestAnimationFrame(() => requestAnimationFrame(check));
			})
	);
}

/** Counts the features drawn from each source in the current view. */
export async function renderedCounts(page: Page): Promise<Record<string, number>> {
	return page.evaluate(() => {
		const map = window.straitAtlas!.map!;
		const counts: Record<string, number> = {};
		for (const f of map.queryRenderedFeatures()) {
			// A story event not drawn at the time is there, hidden by its `age` feature state.
			if (f.source === 'events' && 'age' in f.state && !(Number(f.state.age) >= 0)) continue;
			counts[f.source] = (counts[f.source] ?? 0) + 1;
		}
		return counts;
	});
}

/** How to open the app: viewport, URL hash, reduced motion, scripts run before the page's own. */
export type OpenOptions = {
	width?: number;
	height?: number;
	hash?: string;
	reducedMotion?: boolean;
	init?: (() => void) | (() => void)[];
};

/**
 * Fails on the page errors, console errors and requests off the origin recorded since the last
 * check, and clears them, so each failure is reported by the test during which it happened.
 */
export function expectCleanPage(app: AppPage): void {
	const errors = app.errors.splice(0);
	const foreignRequests = app.foreignRequests.splice(0);
	expect(errors, 'page or console errors').toEqual([]);
	expect(foreignRequests, 'requests off the page origin').toEqual([]);
}

/**
 * One app page shared by a suite's tests: opened (map idle) before the first test, closed after
 * the last. The opening and every test fail on a page error or a request off the origin
 * (expectCleanPage). Each test sets the state it needs: none may rely on the one before it.
 * Returns a getter for the page.
 */
export function sharedApp(options: OpenOptions = {}): () => AppPage {
	let browser: Browser | undefined;
	let app: AppPage | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
		app = await openApp(browser, inject('baseURL'), options);
		await waitForMapIdle(app.page);
		expectCleanPage(app);
	});
	afterEach(() => {
		if (app) expectCleanPage(app);
	});
	afterAll(async () => {
		await app?.close();
		await browser?.close();
	});
	return () => app!;
}

/**
 * A fresh app page per test (map idle), checked after each test for page and console errors and
 * for requests that left the page's origin, and closed. Returns the function that opens it.
 */
export function freshApps(): (options?: OpenOptions) => Promise<AppPage> {
	let browser: Browser | undefined;
	let current: AppPage | null = null;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterEach(async () => {
		const app = current;
		current = null;
		if (!app) return;
		await app.close();
		expectCleanPage(app);
	});
	afterAll(async () => {
		await browser?.close();
	});
	return async (options = {}) => {
		current = await openApp(browser!, inject('baseURL'), options);
		await waitForMapIdle(current.page);
		return current;
	};
}

/**
 * Puts a shared page into the state a link describes, the way a reader following a link in the
 * open tab does (a `hashchange`), and waits for the map to settle. The hash should name the time:
 * a link without one keeps the current time.
 */
export async function followLink(page: Page, hash: string): Promise<void> {
	await page.evaluate((h) => {
		history.replaceState(history.state, '', '#');
		location.hash = h;
	}, hash);
	await waitForMapIdle(page);
}
