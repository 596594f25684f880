import { createServer } from 'vite';
import { launchChromium } from '../scripts/chromium.mjs';
const rows = Number(process.argv[2] ?? 100000);
const sizes = (process.argv[3] ?? '25000').split(',').map(Number);
const server = await createServer({
	root: new URL('..', import.meta.url).pathname,
	logLevel: 'warn',
	server: { host: '127.0.0.1', port: 0, hmr: false }
});
await server.listen();
const url = server.resolvedUrls.local[0] + 'bench/importScrub.html';
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
page.on('console', (m) => m.type() === 'error' && console.log('PAGE', m.text()));
await page.goto(url);
await page.waitForFunction(() => window.importScrub, null, { timeout: 120000 });
const med = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return Math.round(s[Math.floor(s.length / 2)]);
};
console.log('load', await page.evaluate((n) => window.importScrub.load(n), rows));
for (const size of sizes) {
	const d = await page.evaluate((s) => window.importScrub.draw(s), size);
	const r = await page.evaluate((n) => window.importScrub.scrub(n), 15);
	console.log(
		JSON.stringify({
			rows,
			size,
			...d,
			toFrame: med(r.toFrame),
			toIdle: med(r.toIdle),
			repaint: med(r.repaint),
			maxIdle: Math.round(Math.max(...r.toIdle))
		})
	);
}
await browser.close();
await server.close();
