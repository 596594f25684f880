import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { followLink, sharedApp, waitForMapIdle } from './util';

const sliderValue = (page: Page) =>
	page.locator('[role="slider"]').getAttribute('aria-valuenow').then(Number);
const centre = (page: Page) =>
	page.evaluate(() => {
		const c = window.straitAtlas!.map!.getCenter();
		return { lat: c.lat, lng: c.lng, zoom: window.straitAtlas!.map!.getZoom() };
	});
const selectedTitle = (page: Page) => page.locator('#detail-title').textContent();

describe('the URL follows and leads app state', () => {
	const shared = sharedApp();

	it('hashchange: editing the address bar moves time and view', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		await app.page.evaluate(() => {
			location.hash = '#t=2025-11-20T00:00:00Z&map=8/25.1/121.7';
		});
		await expect.poll(() => sliderValue(app.page)).toBe(Date.UTC(2025, 10, 20));
		await waitForMapIdle(app.page);
		const c = await centre(app.page);
		expect(c.zoom).toBeCloseTo(8, 1);
		expect(c.lat).toBeCloseTo(25.1, 2);
		expect(c.lng).toBeCloseTo(121.7, 2);
	});

	it('hashchange: following an in-page link to another view opens that view', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		await app.page.evaluate(() => {
			const a = document.createElement('a');
			a.href = '#t=2025-12-31T06:00:00Z&layers=events&compare=1';
			a.textContent = 'a cited view';
			a.id = 'cited';
			document.body.append(a);
		});
		await app.page.locator('#cited').click();
		await expect.poll(() => sliderValue(app.page)).toBe(Date.UTC(2025, 11, 31, 6));
		expect(await app.page.locator('input[data-layer="drill-zones"]').isChecked()).toBe(false);
		expect(await app.page.evaluate(() => window.straitAtlas!.map!.getGlobalState().compare)).toBe(
			true
		);
	});

	it('popstate: Back returns to the previous event and its time, Forward comes back', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		const first = app.page.locator('.events li[data-event="jm2025-live-fire"] button');
		const second = app.page.locator('.events li[data-event="trump-xi-call"] button');
		await first.click();
		await expect.poll(() => selectedTitle(app.page)).toContain('Live fire');
		const firstTime = await sliderValue(app.page);
		await second.click();
		await expect
			.poll(() => app.page.evaluate(() => location.hash))
			.toContain('event=trump-xi-call');
		await app.page.goBack();
		await expect.poll(() => selectedTitle(app.page)).toContain('Live fire');
		expect(await sliderValue(app.page)).toBe(firstTime);
		await app.page.goForward();
		await expect
			.poll(() => app.page.evaluate(() => location.hash))
			.toContain('event=trump-xi-call');
		await expect.poll(() => sliderValue(app.page)).not.toBe(firstTime);
	});

	it('hashchange: a malformed part keeps the current state and names the field', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T02:00:00Z');
		await app.page.evaluate(() => {
			location.hash = '#t=not-a-time&layers=events';
		});
		await expect.poll(() => app.page.locator('.link-issues').textContent()).toMatch(/t.*ISO 8601/);
		expect(await sliderValue(app.page)).toBe(Date.UTC(2025, 11, 30, 2));
		expect(await app.page.locator('input[data-layer="places"]').isChecked()).toBe(false);
	});

	it('the comparison overlay switch is written into the URL', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		await app.page.getByTestId('compare-toggle').check();
		await expect.poll(() => app.page.evaluate(() => location.hash)).toContain('compare=1');
	});
});
