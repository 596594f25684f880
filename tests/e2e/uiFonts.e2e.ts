import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cjkFamilies } from '../../src/lib/core/i18n/fontFamily';
import { sharedApp } from './util';

/**
 * Notes, as main.ts marks the mount, each font face's family, weight and status:
 * `window.__facesAtMount`.
 */
function recordFacesAtMount() {
	const mark = performance.mark.bind(performance);
	performance.mark = (name: string, options?: PerformanceMarkOptions) => {
		if (name === 'strait-atlas:mount') {
			(window as unknown as { __facesAtMount: string[][] }).__facesAtMount = [
				...document.fonts
			].map((f) => [f.family.replace(/"/g, ''), f.weight, f.status]);
		}
		return mark(name, options);
	};
}

/** The faces of `families` that were not loaded when the app mounted (recordFacesAtMount). */
async function unloadedAtMount(page: Page, families: string[]): Promise<string[][]> {
	const faces = await page.evaluate(
		() => (window as unknown as { __facesAtMount?: string[][] }).__facesAtMount ?? null
	);
	expect(faces?.filter(([family]) => families.includes(family ?? '')).length).toBeGreaterThan(0);
	return (faces ?? []).filter(
		([family, , status]) => families.includes(family ?? '') && status !== 'loaded'
	);
}

/** Keeps every resource timing entry: the page loads more than the default 250 resources. */
function keepResourceTimings() {
	performance.setResourceTimingBufferSize(10_000);
}

/**
 * Keeps every resource timing entry, and notes when the map's canvas is first shown (the app
 * shows it just before drawing its first frame): `window.__firstFrameAt` (performance.now()) and
 * the files fetched by then (`window.__atFirstFrame`). A MutationObserver sees the change in the
 * microtask after it, before anything the app starts once the map has drawn; a requestAnimationFrame
 * poll would look a frame or more later, by which time such a fetch may have finished.
 */
function recordFirstFrame() {
	performance.setResourceTimingBufferSize(10_000);
	const seen = new MutationObserver(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
		if (!canvas || canvas.style.visibility === 'hidden') return;
		seen.disconnect();
		const w = window as unknown as { __atFirstFrame: string[]; __firstFrameAt: number };
		w.__firstFrameAt = performance.now();
		w.__atFirstFrame = performance
			.getEntriesByType('resource')
			.map((e) => new URL(e.name).pathname.split('/').pop() ?? '');
	});
	seen.observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
}

/** The names of the font files and font CSS the page has fetched, once its fonts are ready. */
async function fetched(page: Page): Promise<{ fonts: string[]; css: string[] }> {
	const names = await page.evaluate(async () => {
		await document.fonts.ready;
		return performance
			.getEntriesByType('resource')
			.map((e) => new URL(e.name).pathname.split('/').pop() ?? '');
	});
	return {
		fonts: names.filter((n) => /\.woff2?$/.test(n)),
		css: names.filter((n) => n.endsWith('.css'))
	};
}

/**
 * The elements whose own text is drawn with `family` somewhere in their font-family list, each
 * with the fonts Chromium drew that text with (DevTools' CSS.getPlatformFontsForNode): a web
 * font is "custom", a glyph no bundled font holds comes from a system font.
 */
async function drawnWith(
	page: Page,
	family: string
): Promise<{ html: string; fonts: { familyName: string; isCustomFont: boolean }[] }[]> {
	await page.evaluate(async (family) => {
		await document.fonts.ready;
		for (const el of document.querySelectorAll('[data-font-check]')) {
			el.removeAttribute('data-font-check');
		}
		let i = 0;
		for (const el of document.querySelectorAll('body *')) {
			const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
			if (text && getComputedStyle(el).fontFamily.includes(family)) {
				el.setAttribute('data-font-check', String(i++));
			}
		}
	}, family);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
	const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
		nodeId: root.nodeId,
		selector: '[data-font-check]'
	});
	const out = [];
	for (const nodeId of nodeIds) {
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
		out.push({ html: outerHTML.slice(0, 160), fonts });
	}
	await cdp.detach();
	return out;
}

/** A subset or names face cut by `npm run ui-fonts` (src/lib/ui/fonts/subset/), as Vite names it. */
const SUBSET_FILE = /^noto-sans-(tc|jp)-(ui|name)-\d{3}(-\d)?-[\w-]+\.woff2$/;
/** Noto Sans's Latin file, which main.ts loads for every language. */
const LATIN_FILE = /^noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;

// One page per language, shared by its tests (each check reads the page, none changes it).
describe('interface fonts in English', () => {
	const app = sharedApp({ init: [keepResourceTimings, recordFacesAtMount] });

	it('an English page fetches no CJK font file and no CJK font CSS', async () => {
		const { fonts, css } = await fetched(app().page);
		expect(fonts.filter((f) => !LATIN_FILE.test(f))).toEqual([]);
		expect(css.filter((f) => /^(zh-Hant|ja)-/.test(f))).toEqual([]);
	});

	it('loadPageFaces() has Noto Sans and the names faces loaded before the app mounts', async () => {
		const families = ['Noto Sans', 'Noto Sans TC Name', 'Noto Sans JP Name'];
		expect(await unloadedAtMount(app().page, families)).toEqual([]);
	});

	it('an English page draws 繁體中文 and 日本語 from their names faces, no system font', async () => {
		for (const lang of ['zh-Hant', 'ja'] as const) {
			const [button] = await drawnWith(app().page, `${cjkFamilies(lang)!.full} Name`);
			expect(button?.html).toContain(`data-lang="${lang}"`);
			expect(button?.fonts.length).toBeGreaterThan(0);
			expect(button?.fonts.every((f) => f.isCustomFont)).toBe(true);
		}
	});
});

for (const lang of ['zh-Hant', 'ja'] as const) {
	describe(`interface fonts in ${lang}`, () => {
		const { subset } = cjkFamilies(lang)!;
		const app = sharedApp({ hash: `#lang=${lang}`, init: [recordFirstFrame, recordFacesAtMount] });

		it(`a #lang=${lang} page fetches its interface subset and no Fontsource slice`, async () => {
			const { page } = app();
			await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
			const { fonts } = await fetched(page);
			const pkg = lang === 'ja' ? 'jp' : 'tc';
			expect(fonts.filter((f) => !LATIN_FILE.test(f) && !SUBSET_FILE.test(f))).toEqual([]);
			expect(fonts.filter((f) => f.startsWith(`noto-sans-${pkg}-ui-`)).length).toBeGreaterThan(0);
		});

		it(`loadFontSlices() adds ${lang}'s Fontsource slices only once the map has drawn`, async () => {
			const { page } = app();
			const slices = new RegExp(`^${lang}-slices-.*\\.css$`);
			await expect
				.poll(async () => (await fetched(page)).css.some((f) => slices.test(f)))
				.toBe(true);
			const { atFirstFrame, firstFrameAt, slicesAt } = await page.evaluate((source) => {
				const w = window as unknown as { __atFirstFrame?: string[]; __firstFrameAt?: number };
				const re = new RegExp(source);
				const entry = performance
					.getEntriesByType('resource')
					.find((e) => re.test(new URL(e.name).pathname.split('/').pop() ?? ''));
				return {
					atFirstFrame: w.__atFirstFrame ?? null,
					firstFrameAt: w.__firstFrameAt ?? null,
					slicesAt: entry?.startTime ?? null
				};
			}, slices.source);
			expect(atFirstFrame?.some((f) => f.startsWith(`${lang}-`) && f.endsWith('.css'))).toBe(true);
			expect(atFirstFrame?.filter((f) => slices.test(f))).toEqual([]);
			// Asked for after the canvas was shown, not merely finished after it.
			expect(slicesAt).toBeGreaterThanOrEqual(firstFrameAt ?? Infinity);
		});

		it(`loadPageFaces() has every ${lang} interface face loaded before the app mounts`, async () => {
			// Else the page is first laid out in fallback fonts and again as each face arrives.
			expect(await unloadedAtMount(app().page, [subset, 'Noto Sans'])).toEqual([]);
		});

		it(`preloadScript() preloads ${lang}'s files in the mode they are fetched in, so none is fetched twice`, async () => {
			const { page } = app();
			await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
			const names = await page.evaluate(async () => {
				await document.fonts.ready;
				return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
			});
			expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
			expect(names.some((n) => new RegExp(`/${lang}-[\\w-]+\\.css$`).test(n))).toBe(true);
		});

		it(`a #lang=${lang} page draws all its interface text from bundled fonts`, async () => {
			const { page } = app();
			await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
			const drawn = await drawnWith(page, subset);
			expect(drawn.length).toBeGreaterThan(50);
			const fromSystemFonts = drawn.filter((d) => d.fonts.some((f) => !f.isCustomFont));
			expect(fromSystemFonts).toEqual([]);
		});

		if (lang !== 'zh-Hant') return;
		it('a #lang=zh-Hant page trims the space between marks from two parts of the subset', async () => {
			// ） comes from a small part of 'Noto Sans TC UI', 、 from its main part: Chromium's
			// text-spacing-trim halves the ） only if the parts are declared in the order the
			// generator writes (build-ui-fonts.ts, fontFaces), as it does with Fontsource's slices.
			const width = await app().page.evaluate(async () => {
				const font = '16px "Noto Sans TC UI"';
				await document.fonts.load(font, '中）、');
				const span = document.createElement('span');
				span.lang = 'zh-Hant';
				span.style.font = font;
				span.textContent = '中）、中';
				document.body.append(span);
				const w = span.getBoundingClientRect().width;
				span.remove();
				return w;
			});
			expect(width).toBeCloseTo(3.5 * 16, 0);
		});
	});
}
