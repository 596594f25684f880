import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { openApp, renderedCounts, waitForData, waitForMapIdle, type AppPage } from './util';
import { REQUIRED_EVENT_IDS } from '../fixtures/requiredEvents';

const events = JSON.parse(readFileSync('data/events.geojson', 'utf8')) as {
	features: { properties: Record<string, unknown> }[];
};

/** Opens the app with the events file replaced by `body` (intercepted in the page, no network). */
async function openWithEvents(browser: Browser, body: string): Promise<AppPage> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.route(/\/assets\/events-[^/]*\.geojson$/, (route) =>
		route.fulfill({ status: 200, contentType: 'application/geo+json', body })
	);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(inject('baseURL'));
	return { page, errors, foreignRequests: [], close: () => context.close() };
}

describe('data at load time', () => {
	let browser: Browser;

	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('the events source holds every event of the story', async () => {
		const app = await openApp(browser, inject('baseURL'));
		await waitForData(app.page);
		const ids = await app.page.evaluate(() => {
			const data = window.straitAtlas!.map!.getSource('events')!.serialize().data as {
				features: { properties: { id: string } }[];
			};
			return data.features.map((f) => f.properties.id);
		});
		for (const id of REQUIRED_EVENT_IDS) expect(ids).toContain(id);
		await app.close();
	});

	it('a broken events file shows an error naming file, feature and field, and the rest of the map still draws', async () => {
		const broken = structuredClone(events);
		broken.features[3]!.properties.time = 'sometime in November';
		const app = await openWithEvents(browser, JSON.stringify(broken));
		await waitForMapIdle(app.page);
		const alert = app.page.locator('.errors .error').first();
		const text = await alert.textContent();
		expect(text).toContain('events.geojson');
		expect(text).toContain(String(broken.features[3]!.properties.id));
		expect(text).toContain('properties.time');
		const counts = await renderedCounts(app.page);
		expect(counts['drill-zones'] ?? 0).toBeGreaterThan(0);
		expect(counts['places'] ?? 0).toBeGreaterThan(0);
		expect(counts['events'] ?? 0).toBe(0);
		expect(app.errors).toEqual([]);
		await app.close();
	});

	it('a data error can be dismissed', async () => {
		const app = await openWithEvents(browser, '{"type": "FeatureCollection", "features": [');
		await waitForMapIdle(app.page);
		const alerts = app.page.locator('.errors .error');
		expect(await alerts.count()).toBeGreaterThan(0);
		await alerts.first().locator('button').click();
		await expect.poll(() => alerts.count()).toBe(0);
		await app.close();
	});

	it('HTML in a data file is shown as text, never parsed', async () => {
		const broken = structuredClone(events);
		broken.features[0]!.properties.id = '<img src=x id=injected>';
		const app = await openWithEvents(browser, JSON.stringify(broken));
		await waitForMapIdle(app.page);
		await app.page.locator('.errors .error').first().waitFor();
		expect(await app.page.locator('#injected').count()).toBe(0);
		expect(await app.page.locator('.errors').textContent()).toContain('<img src=x id=injected>');
		await app.close();
	});
});
