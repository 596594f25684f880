// Takes the README screenshots from the real production build in headless Chromium.
// Usage: npm run screenshot [-- --out docs --hash '#t=...']
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { serveBuild } from './serve.mjs';

const { values } = parseArgs({
	options: { out: { type: 'string', default: 'docs' }, hash: { type: 'string', default: '' } }
});

const VIEWS = [
	{ name: 'screenshot-desktop', width: 1280, height: 800 },
	{ name: 'screenshot-phone', width: 390, height: 844 }
];

/**
 * Opens the app at each view size, waits for the map to be idle and saves a PNG.
 * @param {string} url
 */
async function capture(url) {
	const browser = await launchChromium();
	try {
		for (const view of VIEWS) {
			const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
			await page.goto(url + values.hash);
			await page.waitForFunction(
				() => window.straitAtlas?.map && !document.querySelector('.map-status'),
				undefined,
				{ timeout: 60_000 }
			);
			await page.evaluate(
				() =>
					new Promise((resolve) => window.straitAtlas?.map?.once('idle', resolve).triggerRepaint())
			);
			const file = `${values.out}/${view.name}.png`;
			await page.screenshot({ path: file });
			console.log(`wrote ${file}`);
			await page.close();
		}
	} finally {
		await browser.close();
	}
}

mkdirSync(values.out, { recursive: true });
const server = await serveBuild();
try {
	await capture(server.url);
} finally {
	await server.close();
}
