// Your own data at scale (issue 14): a synthetic CSV of 100k and 1M rows (lat, lon, time,
// category) imported through the app's console API, each figure against a floor measured in the
// same page: papaparse alone in a worker for the import, a bare repaint for the scrub.
import { appIdle } from './lib/waits.mjs';
import { round } from './lib/stats.mjs';
import { importBench } from './importBench.mjs';

const ROWS = (process.env.BENCH_IMPORT_ROWS ?? '100000,1000000').split(',').map(Number);

/**
 * Imports each size on a fresh page (a new context: imported data is kept in IndexedDB).
 * @param {import('./run.mjs').BenchContext} ctx
 */
export async function run(ctx) {
	const openApp = async () => {
		const context = await ctx.browser.newContext({ viewport: ctx.viewport });
		const page = await context.newPage();
		await page.goto(`${ctx.appUrl}#t=2025-12-31T12:00:00Z`);
		await appIdle(page);
		return page;
	};
	// 25 scrubs: with 15 the million-point ratio moved 0.77-2.36 between runs of the same code.
	return importBench(openApp, { rows: ROWS, scrubs: 25 });
}

const one = (/** @type {number} */ x, digits = 1) => String(round(x, digits));

/**
 * The figures of each size and the targets at a million rows.
 * @param {Awaited<ReturnType<typeof run>>} results
 */
export function report(results) {
	const text = results.map(
		(r) =>
			`import ${r.rows.toLocaleString('en')} rows (${one(r.bytes / 1e6)} MB): ${r.features} points in ${one(r.importMs, 0)} ms ` +
			`(papaparse alone ${one(r.bareParseMs, 0)} ms, ratio ${one(r.importRatio, 2)}, median of ${r.importPairs.length} pairs: ${r.importPairs.map(([i, f]) => one(i / f, 2)).join(', ')}); longest main-thread task ${one(r.longestTaskMs, 0)} ms; ` +
			`scrub to next frame ${one(r.scrubToFrameMs)} ms / bare repaint ${one(r.repaintMs)} ms = ${one(r.scrubRatio, 2)} (the same repaint twice: ${one(r.controlRatio, 2)}); JS heap and array buffers ${one(r.heapMB, 0)} MB`
	);
	const big = results.find((r) => r.rows >= 1_000_000) ?? results.at(-1);
	const checks = big
		? [
				[
					`import ${big.rows.toLocaleString('en')} rows / papaparse alone = ${one(big.importRatio, 2)} (target <= 2)`,
					big.importRatio <= 2
				],
				[
					`longest main-thread task while importing = ${one(big.longestTaskMs, 0)} ms (target <= 100)`,
					big.longestTaskMs <= 100
				],
				[
					`scrub with ${big.rows.toLocaleString('en')} points / bare repaint = ${one(big.scrubRatio, 2)} (target <= 1.5)`,
					big.scrubRatio <= 1.5
				],
				[
					`JS heap and array buffers after importing ${big.rows.toLocaleString('en')} rows = ${one(big.heapMB, 0)} MB (target <= 150)`,
					big.heapMB <= 150
				]
			]
		: [];
	return { rows: [], text, checks };
}
