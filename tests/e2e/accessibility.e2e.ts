import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { openApp, waitForMapIdle, type AppPage } from './util';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

interface AxeResult {
	violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

async function seriousViolations(app: AppPage) {
	// Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') still holds.
	await app.page.evaluate(axeSource);
	const result = (await app.page.evaluate(() =>
		(window as unknown as { axe: { run: (ctx: Document) => Promise<unknown> } }).axe.run(document)
	)) as AxeResult;
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility and phone layout', () => {
	let browser: Browser;

	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('axe.run() finds no serious or critical violation on desktop', async () => {
		const app = await openApp(browser, inject('baseURL'));
		await waitForMapIdle(app.page);
		expect(await seriousViolations(app)).toEqual([]);
		await app.close();
	});

	it('a 390 px wide viewport has no sideways scroll', async () => {
		const app = await openApp(browser, inject('baseURL'), { width: 390, height: 844 });
		await waitForMapIdle(app.page);
		const overflow = await app.page.evaluate(() => ({
			doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			body: document.body.scrollWidth - document.body.clientWidth
		}));
		expect(overflow).toEqual({ doc: 0, body: 0 });
		await app.close();
	});

	it('on a phone the panel starts folded and opens as a sheet', async () => {
		const app = await openApp(browser, inject('baseURL'), { width: 390, height: 844 });
		await waitForMapIdle(app.page);
		const toggle = app.page.locator('.panel-toggle');
		const height = () =>
			app.page.locator('.panel').evaluate((el) => el.getBoundingClientRect().height);
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await height()).toBeLessThan(120);
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await height()).toBeGreaterThan(300);
		await app.close();
	});

	it('axe.run() finds no serious or critical violation on a phone', async () => {
		const app = await openApp(browser, inject('baseURL'), { width: 390, height: 844 });
		await waitForMapIdle(app.page);
		expect(await seriousViolations(app)).toEqual([]);
		await app.close();
	});
});
