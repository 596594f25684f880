// Regenerates the render-regression references in tests/fixtures/render/ from the current build.
// Usage: npm run render:refs (builds first). Run it only when a change to the look is intended,
// look at the new images, and commit them with that change; the test never writes them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { serveBuild } from './serve.mjs';
import {
	RENDER_CASES,
	RENDER_DIR,
	RENDER_HASH,
	RENDER_VIEWPORT,
	waitForRender
} from './render-cases.mjs';

mkdirSync(RENDER_DIR, { recursive: true });
const server = await serveBuild();
const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: RENDER_VIEWPORT });
	await page.goto(server.url + RENDER_HASH);
	await waitForRender(page);
	for (const c of RENDER_CASES) {
		const file = `${RENDER_DIR}/${c.name}.png`;
		writeFileSync(file, await c.capture(page));
		console.log(`wrote ${file}: ${c.shows}`);
	}
} finally {
	await browser.close();
	await server.close();
}
