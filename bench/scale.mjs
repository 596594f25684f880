// Scrub with 100k synthetic events: the app's global-state filter against a naive setData,
// input to idle, with the tiles reloaded per step beside each. Two pages, stepped in turn to
// the same times, so each pair runs on the machine as it is at that moment.
import { appIdle } from './lib/waits.mjs';
import { probe } from './lib/probe.mjs';
import { round, stats } from './lib/stats.mjs';

export const SYNTHETIC_EVENTS = 100_000;
const STEPS = 20;

/** The span the synthetic events and the steps cover, epoch ms. */
const SPAN = [Date.parse('2025-11-06T00:00:00Z'), Date.parse('2026-01-05T00:00:00Z')];

/** The step times: `n` times spread over SPAN, in the order 0, n-1, n-2 … 1. */
function stepTimes(n) {
	const [t0, t1] = SPAN;
	return Array.from({ length: n }, (_, i) => t0 + ((i * 7919) % n) * ((t1 - t0) / n));
}

/** In the page: one scrub to `t`, input to idle, with the tiles reloaded (by source). */
function stepInPage([t, mode]) {
	const map = window.straitAtlas.map;
	const api = window.straitAtlas;
	const probe = window.__benchProbe;
	const reloads = () => Object.values(probe.reloads).reduce((s, v) => s + v, 0) + probe.setData;
	const settle = () =>
		new Promise((r) => (map.loaded() && !map.isMoving() ? r() : map.once('idle', r)));
	return (async () => {
		await settle();
		const r0 = reloads();
		const before = { ...probe.reloads };
		const start = performance.now();
		if (mode === 'setData') api.__benchSetData(t);
		else api.setTime(new Date(t).toISOString());
		await new Promise((r) => map.once('render', r));
		await settle();
		const bySource = {};
		for (const [source, count] of Object.entries(probe.reloads)) {
			const k = source.replace(/-\d+$/, '-n');
			bySource[k] = (bySource[k] ?? 0) + count - (before[source] ?? 0);
		}
		return { ms: performance.now() - start, work: reloads() - r0, bySource };
	})();
}

/**
 * A fresh app page holding the 100k synthetic events: drawn by the app (`mode` 'app', its
 * global-state filter) or, for 'setData', kept aside for the naive baseline.
 * @param {import('./run.mjs').BenchContext} ctx
 * @param {'app' | 'setData'} mode
 */
async function openPage(ctx, mode) {
	const context = await ctx.browser.newContext({ viewport: ctx.viewport });
	const page = await context.newPage();
	await probe(page, ctx.browserCdp);
	await page.goto(ctx.appUrl);
	await appIdle(page);
	await page.evaluate(
		([count, mode, [t0, t1]]) => {
			const map = window.straitAtlas.map;
			let seed = 42;
			const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
			const features = Array.from({ length: count }, (_, i) => ({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [117 + rand() * 7, 20.5 + rand() * 7] },
				properties: {
					id: `synthetic-${i}`,
					ts: t0 + rand() * (t1 - t0),
					category: ['military', 'diplomatic', 'economic'][i % 3],
					precision: 'exact'
				}
			}));
			// The app's way: hand the set to the app, whose time filter is global state.
			if (mode === 'app') window.straitAtlas.drawEvents({ type: 'FeatureCollection', features });
			// The naive baseline: filter in JavaScript and send the survivors with setData each
			// tick, to the plain events source.
			window.straitAtlas.__benchSetData = (t) => {
				// Far future for every time the story events' layers read (their filter reads the held
				// `eventT`, their size `ageT`), so the layers draw all that setData sends. Setting
				// `t` alone, as this did, left them filtering by the app's own time.
				for (const key of ['t', 'eventT', 'ageT']) map.setGlobalStateProperty(key, 4102444800000);
				map.getSource('events').setData({
					type: 'FeatureCollection',
					features: features.filter((f) => f.properties.ts <= t)
				});
			};
		},
		[SYNTHETIC_EVENTS, mode, SPAN]
	);
	return { context, page };
}

/**
 * Measures the 100k scrub: one page scrubbed by the app, one by the naive baseline, each step
 * taken on both in turn (app, naive, app, naive …) at the same time, so both sides of a pair
 * run on the machine as it is at that moment.
 * @param {import('./run.mjs').BenchContext} ctx
 */
export async function run(ctx) {
	const app = await openPage(ctx, 'app');
	const naive = await openPage(ctx, 'setData');
	const steps = { app: [], naive: [] };
	for (const t of stepTimes(STEPS)) {
		steps.app.push(await app.page.evaluate(stepInPage, [t, 'app']));
		steps.naive.push(await naive.page.evaluate(stepInPage, [t, 'setData']));
	}
	await app.context.close();
	await naive.context.close();
	const a = stats(steps.app.map((s) => s.ms));
	const b = stats(steps.naive.map((s) => s.ms));
	const bySource = {};
	for (const s of steps.app) {
		for (const [k, n] of Object.entries(s.bySource)) bySource[k] = (bySource[k] ?? 0) + n / STEPS;
	}
	return {
		app: a,
		naive: b,
		ratio: b.median / a.median,
		pairRatio: stats(steps.naive.map((s, i) => s.ms / steps.app[i].ms)),
		work: {
			app: stats(steps.app.map((s) => s.work)).median,
			naive: stats(steps.naive.map((s) => s.work)).median
		},
		bySource
	};
}

/**
 * The 100k rows and target, with the reloads per step.
 * @param {Awaited<ReturnType<typeof run>>} r
 */
export function report(r) {
	const k = SYNTHETIC_EVENTS / 1000;
	return {
		rows: [
			[`scrub, ${k}k events: global-state filter, to idle (ms)`, r.app],
			[`scrub, ${k}k events: naive setData, to idle (ms)`, r.naive]
		],
		text: [
			`${k}k events, per step: ${r.work.app} tile reloads (global state) / ${r.work.naive} (setData)`,
			`  global state, mean reloads per step by source: ${Object.entries(r.bySource ?? {})
				.map(([s, n]) => `${s} ${round(n, 1)}`)
				.join(', ')}`
		],
		checks: [
			[
				`${k}k events: setData / global-state to idle = ${round(r.ratio, 2)}x (pairs ${round(r.pairRatio.q1, 2)}–${round(r.pairRatio.q3, 2)}; target >= 2)`,
				r.ratio >= 2
			]
		]
	};
}
