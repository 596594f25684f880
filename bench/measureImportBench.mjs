// Runs importBench.mjs against the measuring page (bench/importScrub.html on the Vite dev
// server), which stands in for the app's console API until the app wires importData.
// node bench/measureImportBench.mjs [rows,rows…]
import { createServer } from 'vite';
import { launchChromium } from '../scripts/chromium.mjs';
import { importBench } from './importBench.mjs';

const rows = (process.argv[2] ?? '100000').split(',').map(Number);
const server = await createServer({
	root: new URL('..', import.meta.url).pathname,
	logLevel: 'error',
	server: { host: '127.0.0.1', port: 0, hmr: false }
});
await server.listen();
const url = `${server.resolvedUrls.local[0]}bench/importScrub.html`;
const browser = await launchChromium();
const openApp = async () => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(() => window.straitAtlas?.map?.loaded(), null, { timeout: 120_000 });
	return page;
};
for (const r of await importBench(openApp, { rows, scrubs: 9 })) console.log(JSON.stringify(r));
await browser.close();
await server.close();
