// PNG export: the app's `exportSnapshot` at 1x, 2x and 3840×2160, and at 3840×2160 against the
// floor: a bare MapLibre map of the same style and view drawn to a PNG of the same size on the
// bare page (bench/bare.ts `bareExport`), alternating app and floor, with each run's costs. The
// app keeps its hidden export map between exports (src/lib/map/export/openOffscreenMap.ts), so
// the first 4K export of a new page, which makes that map, is measured on its own too.
import { appIdle, bareIdle } from './lib/waits.mjs';
import { diff, probe } from './lib/probe.mjs';
import { costTable } from './lib/print.mjs';
import { medianOf, round, stats } from './lib/stats.mjs';

const RUNS = 3;
/** New app pages whose first export (a new hidden map) is timed. */
const FIRST_PAGES = 3;
const FOUR_K = { width: 3840, height: 2160 };

/** In the app page: one exportSnapshot; ms. */
function appExport([width, height]) {
	return (async () => {
		const start = performance.now();
		const blob = await window.straitAtlas.exportSnapshot({ width, height });
		if (!blob || blob.size === 0) throw new Error('empty export');
		return performance.now() - start;
	})();
}

/** In the bare page: one bare export of the app's style and view; ms. */
function floorExport(o) {
	return (async () => {
		const start = performance.now();
		const blob = await window.bareExport(o);
		if (!blob || blob.size === 0) throw new Error('empty floor export');
		return performance.now() - start;
	})();
}

/**
 * Measures exports on a fresh app page and the floor on a fresh bare page, side by side.
 * @param {import('./run.mjs').BenchContext} ctx
 */
export async function run(ctx) {
	const appCtx = await ctx.browser.newContext({ viewport: ctx.viewport });
	const app = await appCtx.newPage();
	const appProbe = await probe(app, ctx.browserCdp);
	await app.goto(ctx.appUrl);
	await appIdle(app);
	const has = await app.evaluate(() => typeof window.straitAtlas.exportSnapshot === 'function');
	if (!has) {
		await appCtx.close();
		return null;
	}
	// The floor draws the app's own style (every source inline, glyphs from the bare server,
	// which serves the same public/ files) at the app's camera and export geometry.
	const appOrigin = new URL(ctx.appUrl).origin;
	const bareOrigin = new URL(ctx.bareUrl).origin;
	const view = await app.evaluate(
		([w, h]) => {
			const map = window.straitAtlas.map;
			const c = map.getCenter();
			const viewWidth = map.getContainer().clientWidth;
			// As the app's renderGeometry: the view's CSS width, scaled up to the output width.
			const ratio = Math.max(1, w / Math.max(1, viewWidth));
			const cssWidth = Math.max(1, Math.round(w / ratio));
			const pixelRatio = w / cssWidth;
			return {
				style: JSON.stringify(map.getStyle()),
				center: [c.lng, c.lat],
				zoom: map.getZoom(),
				globalState: map.getGlobalState(),
				cssWidth,
				cssHeight: Math.ceil(h / pixelRatio - 1e-9),
				pixelRatio
			};
		},
		[FOUR_K.width, FOUR_K.height]
	);
	view.style = JSON.parse(view.style.split(appOrigin).join(bareOrigin));
	const bareCtx = await ctx.browser.newContext({ viewport: ctx.viewport });
	const bare = await bareCtx.newPage();
	const bareProbe = await probe(bare, ctx.browserCdp);
	await bare.goto(ctx.bareUrl);
	await bareIdle(bare);

	const out = {};
	for (const [name, w, h] of [
		['1x', ctx.viewport.width, ctx.viewport.height],
		['2x', ctx.viewport.width * 2, ctx.viewport.height * 2]
	]) {
		const times = [];
		for (let i = 0; i < 2; i++) times.push(await app.evaluate(appExport, [w, h]));
		out[name] = stats(times);
	}
	// The first 4K export of a new page: it loads the export code and makes the hidden map (its
	// WebGL context, and with software WebGL the compiling of every GPU program the style uses).
	const firsts = [];
	for (let i = 0; i < FIRST_PAGES; i++) {
		const c = await ctx.browser.newContext({ viewport: ctx.viewport });
		const p = await c.newPage();
		await p.goto(ctx.appUrl);
		await appIdle(p);
		firsts.push(await p.evaluate(appExport, [FOUR_K.width, FOUR_K.height]));
		await c.close();
	}
	const appRuns = [];
	const floorRuns = [];
	for (let i = 0; i <= RUNS; i++) {
		let before = await bareProbe.read();
		const f = await bare.evaluate(floorExport, view);
		const floorCosts = diff(before, await bareProbe.read());
		before = await appProbe.read();
		const a = await app.evaluate(appExport, [FOUR_K.width, FOUR_K.height]);
		const appCosts = diff(before, await appProbe.read());
		if (i === 0) continue; // warm-up: first use of the export code and the 4K canvas
		floorRuns.push({ ms: f, ...floorCosts });
		appRuns.push({ ms: a, ...appCosts });
	}
	await appCtx.close();
	await bareCtx.close();
	out['3840x2160'] = stats(appRuns.map((r) => r.ms));
	const floor = stats(floorRuns.map((r) => r.ms));
	return {
		times: out,
		first: stats(firsts),
		floor,
		ratio: out['3840x2160'].median / floor.median,
		pairRatio: stats(appRuns.map((r, i) => r.ms / floorRuns[i].ms)),
		costs: { app: medianOf(appRuns), floor: medianOf(floorRuns) }
	};
}

/**
 * The export rows, the 4K cost breakdown against the floor, and the targets.
 * @param {Awaited<ReturnType<typeof run>>} r
 */
export function report(r) {
	if (!r) return { checks: [['PNG export: the app has no exportSnapshot', false]] };
	return {
		rows: [
			...Object.entries(r.times).map(([k, v]) => [`export PNG ${k} (ms)`, v]),
			['export PNG 3840x2160, first of a new page (ms)', r.first],
			['export floor: bare MapLibre 3840x2160 PNG (ms)', r.floor]
		],
		text: [
			`First 4K export of a new page (makes the hidden map the next exports reuse) = ${round(r.first.median / 1000, 2)} s, / floor = ${round(r.first.median / r.floor.median, 2)} (${r.first.n} pages)`,
			costTable(
				`4K export costs (${r.floor.n} alternating pairs)`,
				['app', r.costs.app],
				['floor', r.costs.floor]
			)
		],
		checks: [
			[
				`3840x2160 PNG export / bare MapLibre PNG = ${round(r.ratio, 2)} (pairs ${round(r.pairRatio.q1, 2)}–${round(r.pairRatio.q3, 2)}; target <= 1.2)`,
				r.ratio <= 1.2
			],
			[
				`3840x2160 PNG export = ${round(r.times['3840x2160'].median / 1000, 2)} s (target <= 2.5 s)`,
				r.times['3840x2160'].median <= 2500
			]
		]
	};
}
