import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { openApp, renderedCounts, waitForMapIdle, type AppPage } from './util';

describe('layer toggles', () => {
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

	for (const group of ['drill-zones', 'shipping-lanes', 'reference', 'places', 'events']) {
		it(`unchecking "${group}" hides its features and checking it shows them again`, async () => {
			const box = app.page.locator(`input[data-layer="${group}"]`);
			const drawn = async () => (await renderedCounts(app.page))[group] ?? 0;
			// The style changes on the map's next frame (and showing a hidden layer lays its tiles
			// out again), so poll for the redraw rather than reading the previous frame.
			await box.uncheck();
			await expect.poll(drawn, { timeout: 10_000 }).toBe(0);
			await box.check();
			await expect.poll(drawn, { timeout: 10_000 }).toBeGreaterThan(0);
		});
	}
});
