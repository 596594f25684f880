import { describe, expect, it } from 'vitest';
import { seriousViolations as axeOn } from './axe';
import { freshApps, type AppPage } from './util';

/** The page's serious and critical axe violations. */
const seriousViolations = (app: AppPage) => axeOn(app.page);

const PHONE = { width: 390, height: 844 };

describe('accessibility and phone layout', () => {
	const open = freshApps();

	it('axe.run() finds no serious or critical violation on desktop', async () => {
		const app = await open();
		expect(await seriousViolations(app)).toEqual([]);
	});

	it('axe.run() finds none with an event detail and its popup open and the measuring tool on', async () => {
		const app = await open();
		await app.page.locator('.events li[data-event="jm2025-live-fire"] button').click();
		await app.page.locator('.maplibregl-popup').waitFor();
		await app.page.getByRole('button', { name: 'Measure distance' }).click();
		expect(await seriousViolations(app)).toEqual([]);
	});

	it('axe.run() finds none with the Export dialog open', async () => {
		const app = await open();
		await app.page.getByRole('button', { name: 'Export', exact: true }).click();
		await app.page.getByRole('dialog').waitFor();
		expect(await seriousViolations(app)).toEqual([]);
	});

	it('a 390 px wide viewport has no sideways scroll', async () => {
		const app = await open(PHONE);
		const overflow = await app.page.evaluate(() => ({
			doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			body: document.body.scrollWidth - document.body.clientWidth
		}));
		expect(overflow).toEqual({ doc: 0, body: 0 });
	});

	it('on a phone the panel starts folded and opens as a sheet', async () => {
		const app = await open(PHONE);
		const toggle = app.page.locator('.panel-toggle');
		const height = () =>
			app.page.locator('.panel').evaluate((el) => el.getBoundingClientRect().height);
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await height()).toBeLessThan(120);
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await height()).toBeGreaterThan(300);
	});

	it('axe.run() finds none on a phone with the sheet open', async () => {
		const app = await open(PHONE);
		await app.page.locator('.panel-toggle').click();
		expect(await seriousViolations(app)).toEqual([]);
	});
});
