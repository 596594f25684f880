// Imports each fixture format through the import UI on the measuring page, reloads (the data
// comes back from IndexedDB), opens a broken file and removes a dataset, writing screenshots to
// /tmp/shot-*.png. A check by eye until the app wires the UI: node bench/importScreenshots.mjs
import { createServer } from 'vite';
import { launchChromium } from '../scripts/chromium.mjs';
const server = await createServer({
	root: new URL('..', import.meta.url).pathname,
	logLevel: 'error',
	server: { host: '127.0.0.1', port: 0, hmr: false }
});
await server.listen();
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
page.on(
	'console',
	(m) => (m.type() === 'error' || m.type() === 'warning') && console.log('PAGE', m.text())
);
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.goto(`${server.resolvedUrls.local[0]}bench/importScrub.html?ui`);
await page.waitForSelector('[data-testid=add-data-input]', { state: 'attached', timeout: 120000 });
await page.evaluate(() => window.straitAtlas.setTime('2026-01-05T00:00:00Z'));
const fx = (n) => `tests/fixtures/import/${n}`;
for (const f of ['good.csv', 'good.geojson', 'good.kml', 'good.gpx', 'broken.csv']) {
	await page.setInputFiles('[data-testid=add-data-input]', fx(f));
	await page.waitForSelector('[data-testid=import-confirm]:not([disabled])', { timeout: 60000 });
	if (f === 'good.csv') await page.screenshot({ path: '/tmp/shot-preview.png' });
	await page.click('[data-testid=import-confirm]');
	await page.waitForSelector('[data-testid=import-preview]', { state: 'detached', timeout: 60000 });
}
await page.evaluate(() => new Promise((r) => window.straitAtlas.map.once('idle', r)));
await page.evaluate(() =>
	window.straitAtlas.map.fitBounds(
		[
			[118.3, 22.5],
			[122.3, 25.8]
		],
		{ animate: false }
	)
);
await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
await page.evaluate(
	() =>
		new Promise((r) => {
			const m = window.straitAtlas.map;
			if (m.loaded()) r();
			else m.once('idle', r);
		})
);
await page.click('details.errors summary');
await page.screenshot({ path: '/tmp/shot-layers.png' });
console.log(
	'sources',
	await page.evaluate(() =>
		Object.keys(window.straitAtlas.map.getStyle().sources).filter((s) => s.startsWith('import-'))
	)
);
// Reload: the datasets come back from IndexedDB.
await page.reload();
await page.waitForSelector('[data-testid=imported-layers]', { timeout: 120000 });
console.log(
	'after reload',
	await page.$$eval('[data-import] .name', (els) => els.map((e) => e.textContent))
);
// Broken file: nothing importable shows the errors.
await page.setInputFiles('[data-testid=add-data-input]', fx('broken.geojson'));
await page.waitForSelector('[data-testid=import-preview] .problem', { timeout: 60000 });
console.log('broken', await page.textContent('[data-testid=import-preview] .problem'));
await page.screenshot({ path: '/tmp/shot-broken.png' });
await page.click('[data-testid=import-cancel]');
await page.click('[data-import] button[aria-label^=Remove]');
console.log(
	'after remove',
	await page.$$eval('[data-import] .name', (els) => els.map((e) => e.textContent))
);
await browser.close();
await server.close();
