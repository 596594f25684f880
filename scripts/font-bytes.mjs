// The interface font files each language's page fetches: opens the production build (dist/,
// built first by `npm run font-bytes`) in English, 繁體中文 and 日本語, each in a fresh context,
// waits for the map to be idle and the page's fonts to be ready, and prints the .woff/.woff2
// responses (count and bytes) of each. Run it before and after a font change to compare.
import { launchChromium } from './chromium.mjs';
import { serveBuild } from './serve.mjs';

const LANGS = ['en', 'zh-Hant', 'ja'];
const KB = 1024;

/**
 * Waits in the page until the map has its data and is idle.
 * @param {import('playwright-core').Page} page
 */
function mapIdle(page) {
	return page.waitForFunction(
		() => {
			const map = window.straitAtlas?.map;
			const data = /** @type {{ features?: unknown[] } | undefined} */ (
				map?.getSource('places')?.serialize().data
			);
			if (!map || !data?.features?.length || document.querySelector('.map-status')) return false;
			return map.loaded() && map.areTilesLoaded() && !map.isMoving();
		},
		undefined,
		{ timeout: 60_000, polling: 100 }
	);
}

/**
 * The font files one page fetched, from navigation to idle map and ready fonts.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ name: string, bytes: number }[]>}
 */
async function fontFiles(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	/** @type {Promise<{ name: string, bytes: number }>[]} */
	const fetched = [];
	page.on('requestfinished', (request) => {
		const u = new URL(request.url());
		if (!/\.woff2?$/.test(u.pathname)) return;
		const name = u.pathname.split('/').pop() ?? u.pathname;
		fetched.push(request.sizes().then((s) => ({ name, bytes: s.responseBodySize })));
	});
	await page.goto(url);
	await mapIdle(page);
	await page.evaluate(() => document.fonts.ready);
	// Late slices: text drawn after idle (e.g. the language switch's fonts) has a moment to load.
	await page.waitForTimeout(1000);
	await page.evaluate(() => document.fonts.ready);
	const files = await Promise.all(fetched);
	await context.close();
	return files;
}

const server = await serveBuild();
const browser = await launchChromium();
try {
	for (const lang of LANGS) {
		const files = await fontFiles(browser, `${server.url}#lang=${lang}`);
		const bytes = files.reduce((s, f) => s + f.bytes, 0);
		console.log(`${lang}: ${files.length} font files, ${(bytes / KB).toFixed(1)} KB`);
		for (const f of files.sort((a, b) => a.name.localeCompare(b.name))) {
			console.log(`  ${f.name} ${(f.bytes / KB).toFixed(1)} KB`);
		}
	}
} finally {
	await browser.close();
	await server.close();
}
