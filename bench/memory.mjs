// JS heap after 2,000 scrubs minus before, each after a forced GC. "Before" is read once the
// page has settled: what the app loads after its first frame is not growth from scrubbing.
import { appIdle, settled } from './lib/waits.mjs';

export const MEMORY_SCRUBS = 2000;

/**
 * Measures heap growth on a fresh app page.
 * @param {import('./run.mjs').BenchContext} ctx
 */
export async function run(ctx) {
	const context = await ctx.browser.newContext({ viewport: ctx.viewport });
	const page = await context.newPage();
	await page.goto(ctx.appUrl);
	await appIdle(page);
	await settled(page);
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.enable');
	const heap = async () => {
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('HeapProfiler.collectGarbage');
		return (await cdp.send('Runtime.getHeapUsage')).usedSize;
	};
	const before = await heap();
	await page.evaluate(async (n) => {
		const api = window.straitAtlas;
		const map = api.map;
		const [t0, t1] = [Date.parse('2025-11-06T00:00:00Z'), Date.parse('2026-01-05T00:00:00Z')];
		for (let i = 0; i < n; i++) {
			api.setTime(new Date(t0 + ((i * 7919) % n) * ((t1 - t0) / n)).toISOString());
			if (i % 20 === 19) await new Promise((r) => map.once('render', r));
		}
		await new Promise((r) => (map.loaded() ? r() : map.once('idle', r)));
	}, MEMORY_SCRUBS);
	const after = await heap();
	await context.close();
	return { before, after, growth: after - before };
}

/**
 * The heap target.
 * @param {Awaited<ReturnType<typeof run>>} r
 */
export function report(r) {
	const mb = r.growth / 1024 / 1024;
	return {
		checks: [
			[
				`heap growth after ${MEMORY_SCRUBS} scrubs = ${Math.round(mb * 100) / 100} MB (target <= 2)`,
				mb <= 2
			]
		]
	};
}
