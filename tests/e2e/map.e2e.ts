import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { openApp, renderedCounts, waitForMapIdle, type AppPage } from './util';

const CONTRACT_SOURCES = ['drill-zones', 'shipping-lanes', 'places', 'events', 'reference'];

describe('the map in Chromium', () => {
	let browser: Browser;
	let app: AppPage;

	beforeAll(async () => {
		browser = await launchChromium();
		app = await openApp(browser, inject('baseURL'));
		await waitForMapIdle(app.page);
	});
	afterAll(async () => {
		await app?.close();
		await browser?.close();
	});

	it('map reaches idle with WebGL and a canvas', async () => {
		const size = await app.page.evaluate(() => {
			const c = window.straitAtlas!.map!.getCanvas();
			return { w: c.width, h: c.height };
		});
		expect(size.w).toBeGreaterThan(0);
		expect(size.h).toBeGreaterThan(0);
	});

	it('queryRenderedFeatures() finds features from every contract source', async () => {
		const counts = await renderedCounts(app.page);
		for (const source of CONTRACT_SOURCES) expect(counts[source] ?? 0, source).toBeGreaterThan(0);
	});

	it('queryRenderedFeatures() finds the basemap land and coastline', async () => {
		const counts = await renderedCounts(app.page);
		expect(counts['basemap-land'] ?? 0).toBeGreaterThan(0);
		expect(counts['basemap-coastline'] ?? 0).toBeGreaterThan(0);
	});

	it('labels are drawn with the bundled font', async () => {
		const labels = await app.page.evaluate(
			() => window.straitAtlas!.map!.queryRenderedFeatures({ layers: ['places-label'] }).length
		);
		expect(labels).toBeGreaterThan(0);
	});

	it('no request leaves the page origin', () => {
		expect(app.foreignRequests).toEqual([]);
	});

	it('the page logs no error', () => {
		expect(app.errors).toEqual([]);
	});

	it('the Content-Security-Policy allows only the page origin', async () => {
		const csp = await app.page
			.locator('meta[http-equiv="Content-Security-Policy"]')
			.getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).not.toMatch(/https?:/);
	});

	it('window.straitAtlas.map is the MapLibre map', async () => {
		const ok = await app.page.evaluate(
			() => typeof window.straitAtlas?.map?.getStyle === 'function'
		);
		expect(ok).toBe(true);
	});
});
