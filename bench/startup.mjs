// Startup: navigation to the first idle map, the app against the bare basemap page, loaded
// alternately (bare, app, bare, app …) in fresh browser contexts, with each load's costs and
// the time each reached each milestone (map created, first tile asked, first frame, idle).
import { appIdle, bareIdle } from './lib/waits.mjs';
import { diff, probe } from './lib/probe.mjs';
import { costTable, timelineTable } from './lib/print.mjs';
import { medianOf, round, stats } from './lib/stats.mjs';

/** Pairs measured (after one warm-up pair that is not counted). */
export const PAIRS = Number(process.env.BENCH_STARTUP_PAIRS ?? 11);

/**
 * One load of `url` in a fresh context: the time to idle and the costs from navigation to idle.
 * @param {import('./run.mjs').BenchContext} ctx
 * @param {string} url
 * @param {(page: import('playwright-core').Page) => Promise<number>} wait
 */
async function load(ctx, url, wait) {
	const context = await ctx.browser.newContext({ viewport: ctx.viewport });
	const page = await context.newPage();
	const p = await probe(page, ctx.browserCdp);
	const before = await p.read();
	await page.goto(url);
	const ms = await wait(page);
	const after = await p.read();
	// The milestones are times, not counts: taken from the load itself, not as a difference.
	const costs = { ...diff(before, after), marks: after.marks };
	const canvas = await page.evaluate(() => {
		const c = document.querySelector('canvas.maplibregl-canvas');
		return c ? c.width * c.height : 0;
	});
	await context.close();
	return { ms, ...costs, canvasPx: canvas };
}

/**
 * Measures startup of the app and the bare page.
 * @param {import('./run.mjs').BenchContext} ctx
 */
export async function run(ctx) {
	const app = [];
	const bare = [];
	for (let i = 0; i <= PAIRS; i++) {
		const b = await load(ctx, ctx.bareUrl, bareIdle);
		const a = await load(ctx, ctx.appUrl, appIdle);
		if (i === 0) continue; // warm-up: first compile of each page, disk cache
		bare.push(b);
		app.push(a);
	}
	const ratios = app.map((a, i) => a.ms / bare[i].ms);
	return {
		app: stats(app.map((r) => r.ms)),
		bare: stats(bare.map((r) => r.ms)),
		pairRatio: stats(ratios),
		ratio: stats(app.map((r) => r.ms)).median / stats(bare.map((r) => r.ms)).median,
		costs: { app: medianOf(app), bare: medianOf(bare) },
		runs: { app, bare }
	};
}

/**
 * The startup rows, the cost breakdown app against bare, the timeline, and the target.
 * @param {Awaited<ReturnType<typeof run>>} r
 */
export function report(r) {
	return {
		rows: [
			['startup: app, navigation to idle (ms)', r.app],
			['startup: bare basemap (ms)', r.bare],
			['startup: app / bare, pair by pair', r.pairRatio]
		],
		text: [
			costTable(
				`startup costs, navigation to idle (${r.app.n} alternating pairs; canvas ${round(r.costs.app.canvasPx / 1e6, 2)} / ${round(r.costs.bare.canvasPx / 1e6, 2)} Mpx)`,
				['app', r.costs.app],
				['bare', r.costs.bare]
			),
			timelineTable(
				'startup timeline, ms from navigation (medians)',
				['app', r.costs.app],
				['bare', r.costs.bare]
			)
		],
		checks: [
			[
				`startup / bare basemap = ${round(r.ratio, 2)} (pairs ${round(r.pairRatio.q1, 2)}–${round(r.pairRatio.q3, 2)}; target <= 1.3)`,
				r.ratio <= 1.3
			]
		]
	};
}
