import { describe, expect, it } from 'vitest';
import { seriousViolations as axeOn } from './axe';
import { followLink, freshApps, sharedApp, type AppPage } from './util';

/** The page's serious and critical axe violations. */
const seriousViolations = (app: AppPage) => axeOn(app.page);

const PHONE = { width: 390, height: 844 };

/** Back to the opening view with nothing selected, no tool on and no dialog open. */
async function reset(app: AppPage): Promise<void> {
	await app.page.keyboard.press('Escape');
	await followLink(app.page, '#t=2025-12-30T00:00:00Z');
}

describe('accessibility on desktop', () => {
	const shared = sharedApp();

	it('axe.run() finds no serious or critical violation on desktop', async () => {
		const app = shared();
		await reset(app);
		expect(await seriousViolations(app)).toEqual([]);
	});

	it('axe.run() finds none with an event detail and its popup open and the measuring tool on', async () => {
		const app = shared();
		await reset(app);
		await app.page.locator('.events li[data-event="jm2025-live-fire"] button').click();
		await app.page.locator('.maplibregl-popup').waitFor();
		await app.page.getByRole('button', { name: 'Measure distance' }).click();
		expect(await seriousViolations(app)).toEqual([]);
	});

	it('axe.run() finds none with the Export dialog open', async () => {
		const app = shared();
		await reset(app);
		await app.page.getByRole('button', { name: 'Export', exact: true }).click();
		await app.page.getByRole('dialog').waitFor();
		expect(await seriousViolations(app)).toEqual([]);
	});
});

describe('the phone layout', () => {
	const shared = sharedApp(PHONE);

	it('a 390 px wide viewport has no sideways scroll', async () => {
		const app = shared();
		const overflow = await app.page.evaluate(() => ({
			doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			body: document.body.scrollWidth - document.body.clientWidth
		}));
		expect(overflow).toEqual({ doc: 0, body: 0 });
	});

	it('axe.run() finds none on a phone with the sheet open', async () => {
		const app = shared();
		const toggle = app.page.locator('.panel-toggle');
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
		expect(await seriousViolations(app)).toEqual([]);
	});
});

describe('the phone layout on a fresh load', () => {
	const open = freshApps();

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
});
