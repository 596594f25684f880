import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages as ja } from '../../src/lib/core/i18n/messages/ja';
import { messages as zhHant } from '../../src/lib/core/i18n/messages/zh-Hant';
import { messages as laterJa } from '../../src/lib/core/i18n/messages/later/ja';
import { messages as laterZhHant } from '../../src/lib/core/i18n/messages/later/zh-Hant';
import { seriousViolations } from './axe';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { followLink, freshApps, openApp, sharedApp, waitForMapIdle } from './util';

/** A language's translations of the data (data/i18n/<lang>.json): the story's words, the actors' names. */
const translationOf = (lang: string) =>
	JSON.parse(readFileSync(new URL(`../../data/i18n/${lang}.json`, import.meta.url), 'utf8')) as {
		story: { steps: Record<string, string>; glossary: Record<string, { term: string }> };
		actors: Record<string, string>;
	};
const storyIn = (lang: string) => translationOf(lang).story;

const LANGS = [
	{
		lang: 'zh-Hant',
		title: zhHant.events,
		m: zhHant,
		later: laterZhHant,
		stack: 'Noto Sans Regular,Noto Sans TC Regular'
	},
	{
		lang: 'ja',
		title: ja.events,
		m: ja,
		later: laterJa,
		stack: 'Noto Sans Regular,Noto Sans JP Regular'
	}
] as const;

for (const l of LANGS) {
	describe(`Strait Atlas opened at #lang=${l.lang}`, () => {
		const shared = sharedApp({ hash: `#lang=${l.lang}` });

		it(`#lang=${l.lang} shows the interface in that language and sets <html lang>`, async () => {
			const app = shared();
			await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe(l.lang);
			await expect.poll(() => app.page.locator('#events-title').textContent()).toBe(l.title);
			// Panels that once had English literals: the feature list and the MND activity strip.
			expect(await app.page.locator('#feature-list-title').textContent()).toBe(
				l.m.featureListTitle
			);
			expect(await app.page.locator('#activity-title').textContent()).toBe(l.m.activityTitle);
			await expect.poll(() => app.page.evaluate(() => location.hash)).toContain(`lang=${l.lang}`);
		});

		it(`#lang=${l.lang} mounts once its translations are in, not when main.ts stops waiting`, async () => {
			const app = shared();
			const waited = await app.page.evaluate(() =>
				performance
					.getEntriesByName('strait-atlas:mount', 'mark')
					.map((m) => (m as PerformanceMark).detail?.waited)
			);
			expect(waited).toEqual(['data']);
		});

		it(`#lang=${l.lang} fetches its data translations once, with the page`, async () => {
			const app = shared();
			const fetched = await app.page.evaluate(
				(lang) =>
					performance
						.getEntriesByType('resource')
						.map((r) => new URL(r.name).pathname.split('/').pop() ?? '')
						.filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.json')),
				l.lang
			);
			expect(fetched.length).toBe(1);
		});

		it(`#lang=${l.lang} asks for its translations and fonts from the head, before the app's modules`, async () => {
			const app = shared();
			// Links added while the head was parsed sit before the app's module script; links
			// the app adds once its modules have run are appended after it.
			const early = await app.page.evaluate(() => {
				const module = document.querySelector('script[type="module"]')!;
				return [...document.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')]
					.filter((link) => link.compareDocumentPosition(module) & Node.DOCUMENT_POSITION_FOLLOWING)
					.map((link) => new URL((link as HTMLLinkElement).href).pathname.split('/').pop()!);
			});
			expect(early.some((f) => f.startsWith(`${l.lang}-`) && f.endsWith('.json'))).toBe(true);
			expect(early.filter((f) => f.endsWith('.woff2')).length).toBe(2);
		});

		it(`#lang=${l.lang} draws the map's labels from the app's own ${l.lang} glyphs`, async () => {
			const requested: string[] = [];
			const app = shared();
			app.page.on('request', (r) => {
				if (r.url().includes('/glyphs/')) requested.push(decodeURIComponent(r.url()));
			});
			await expect
				.poll(
					async () =>
						(
							await app.page.evaluate(() =>
								window
									.straitAtlas!.map!.queryRenderedFeatures({ layers: ['drill-zones-label'] })
									.map((f) => String(f.properties.id))
							)
						).length,
					{ timeout: 20_000 }
				)
				.toBeGreaterThan(0);
			const fonts = await app.page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((r) => decodeURIComponent(r.name))
					.filter((n) => n.includes('/glyphs/'))
			);
			expect([...fonts, ...requested].some((u) => u.includes(`/glyphs/${l.stack}/`))).toBe(true);
			const origin = new URL(app.page.url()).origin;
			for (const u of fonts) expect(u.startsWith(origin)).toBe(true);
		});

		it(`#lang=${l.lang} asks for its CJK glyphs once, as a bundle, and its Latin ones from Noto Sans`, async () => {
			const app = shared();
			const glyphFiles = () =>
				app.page.evaluate(() =>
					performance
						.getEntriesByType('resource')
						.map((r) => decodeURIComponent(new URL(r.name).pathname))
						.filter((p) => p.startsWith('/glyphs/'))
				);
			await expect
				.poll(async () => (await glyphFiles()).filter((p) => p.endsWith('/cjk.glyphs')), {
					timeout: 20_000
				})
				.toEqual([`/glyphs/${l.stack}/cjk.glyphs`]);
			const files = await glyphFiles();
			expect(
				files.filter((p) => p.startsWith(`/glyphs/${l.stack}/`) && p.endsWith('.pbf'))
			).toEqual([]);
			expect(files).toContain('/glyphs/Noto Sans Regular/0-255.pbf');
		});

		it(`the story's captions and glossary read in ${l.lang}`, async () => {
			const app = shared();
			await followLink(app.page, `#lang=${l.lang}&story=live-fire`);
			const words = storyIn(l.lang);
			const card = app.page.locator('section.story');
			await expect
				.poll(() => card.locator('.caption').textContent())
				.toBe(words.steps['live-fire']);
			expect(await card.locator('.glossary dt').allTextContents()).toEqual([
				words.glossary['live-fire']!.term,
				words.glossary['nautical-mile']!.term
			]);
			await app.page.keyboard.press('Escape');
			await card.waitFor({ state: 'detached' });
		});

		it(`an event's detail names its actors in ${l.lang}`, async () => {
			const app = shared();
			await followLink(app.page, `#lang=${l.lang}&t=2025-11-24T00:00:00Z&event=trump-xi-call`);
			const names = translationOf(l.lang).actors;
			const row = app.page.locator('section.detail dt', { hasText: l.later.rowActors });
			await expect
				.poll(() => row.locator('xpath=following-sibling::dd[1]').textContent())
				.toBe([names['Donald Trump'], names['Xi Jinping']].join(l.later.listSeparator));
		});

		it(`axe.run() finds no serious or critical violation in ${l.lang}`, async () => {
			const app = shared();
			await expect.poll(() => app.page.locator('#events-title').textContent()).toBe(l.title);
			expect(await seriousViolations(app.page)).toEqual([]);
		});
	});
}

describe('Strait Atlas mounting in 繁體中文 and 日本語', () => {
	const open = freshApps();

	for (const l of LANGS) {
		it(`#lang=${l.lang} creates the map before the page mounts, as English does`, async () => {
			// Notes, in order, the map asking for its WebGL context and the app mounting.
			const init = () => {
				const w = window as unknown as { __order: string[] };
				w.__order = [];
				new MutationObserver((_, observer) => {
					if (!document.getElementById('app')?.children.length) return;
					w.__order.push('mount');
					observer.disconnect();
				}).observe(document, { childList: true, subtree: true });
				const get = HTMLCanvasElement.prototype.getContext;
				HTMLCanvasElement.prototype.getContext = function (
					this: HTMLCanvasElement,
					...args: Parameters<HTMLCanvasElement['getContext']>
				) {
					if (String(args[0]).startsWith('webgl') && !w.__order.includes('gl'))
						w.__order.push('gl');
					return get.apply(this, args);
				} as typeof get;
			};
			const app = await open({ hash: `#lang=${l.lang}`, init });
			const order = await app.page.evaluate(
				() => (window as unknown as { __order: string[] }).__order
			);
			// Created after a frame, the context waited 0.2-0.4 s while the GPU process drew the
			// page's Chinese or Japanese text; created at the mount, the worker could not lay out
			// the basemap while the data loaded.
			expect(order).toEqual(['gl', 'mount']);
		});

		it(`#lang=${l.lang} fetches its label glyph bundle before the app mounts`, async () => {
			const app = await open({ hash: `#lang=${l.lang}` });
			const [glyphs, mount] = await app.page.evaluate(() => [
				performance
					.getEntriesByType('resource')
					.filter((e) => e.name.endsWith('/cjk.glyphs'))
					.map((e) => e.startTime),
				performance.getEntriesByName('strait-atlas:mount')[0]?.startTime ?? NaN
			]);
			// Fetched once, as the page starts: asked for only when MapLibre had laid out its first
			// labels, the download stood between those tiles and the map's first frame.
			expect(glyphs).toHaveLength(1);
			expect(glyphs[0]!).toBeLessThan(mount as number);
		});

		it(`#lang=${l.lang} mounts the app in that language, never first in English`, async () => {
			// Records the events list's heading as the app first puts it in the page.
			const init = () => {
				const seen: string[] = [];
				(window as unknown as { __firstTitle: string[] }).__firstTitle = seen;
				new MutationObserver((_, observer) => {
					const title = document.getElementById('events-title');
					if (!title) return;
					seen.push(title.textContent ?? '');
					observer.disconnect();
				}).observe(document, { childList: true, subtree: true });
			};
			const app = await open({ hash: `#lang=${l.lang}`, init });
			await waitForMapIdle(app.page);
			const first = await app.page.evaluate(
				() => (window as unknown as { __firstTitle: string[] }).__firstTitle
			);
			expect(first).toEqual([l.title]);
		});
	}
});

describe('a map that cannot start, in 繁體中文 and 日本語', () => {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const l of LANGS) {
		it(`#lang=${l.lang} says why the map could not start in that language`, async () => {
			// A browser without WebGL: every WebGL context is refused.
			const init = () => {
				const get = HTMLCanvasElement.prototype.getContext;
				HTMLCanvasElement.prototype.getContext = function (
					this: HTMLCanvasElement,
					...args: Parameters<HTMLCanvasElement['getContext']>
				) {
					return String(args[0]).startsWith('webgl') ? null : get.apply(this, args);
				} as typeof get;
			};
			const app = await openApp(browser!, inject('baseURL'), { hash: `#lang=${l.lang}`, init });
			try {
				const alert = app.page.locator('.map-status.error');
				await alert.waitFor({ timeout: 30_000 });
				expect(await alert.locator('p').first().textContent()).toBe(l.m.mapStartFailed);
				// The rest of the app still works: the events list is there, in that language.
				await expect.poll(() => app.page.locator('#events-title').textContent()).toBe(l.title);
			} finally {
				await app.close();
			}
		});
	}
});

describe('the language switch', () => {
	const shared = sharedApp();

	it('the language switch changes the interface, the data and the link', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z&lang=en');
		await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('en');
		await app.page.locator('button[data-lang="ja"]').click();
		await expect.poll(() => app.page.locator('#events-title').textContent()).toBe(ja.events);
		await expect.poll(() => app.page.evaluate(() => location.hash)).toContain('lang=ja');
		await expect
			.poll(() => app.page.locator('.events li[data-event="jm2025-live-fire"]').textContent())
			.toMatch(/実弾|ロケット/);
	});

	it('the language switch with an event selected keeps the map drawing (setData under feature state)', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-07T00:00:00Z&event=j15-radar-lock&lang=en');
		await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('en');
		for (const lang of ['zh-Hant', 'ja', 'en', 'zh-Hant']) {
			await app.page.locator(`button[data-lang="${lang}"]`).click();
			await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe(lang);
			await waitForMapIdle(app.page);
		}
		// Before the fix MapLibre threw while reloading the events and the map showed "Map error".
		expect(await app.page.locator('.map-status').count()).toBe(0);
		const selected = await app.page.evaluate(
			() =>
				window.straitAtlas!.map!.getFeatureState({ source: 'events', id: 'j15-radar-lock' })
					.selected
		);
		expect(selected).toBe(true);
	});
});
