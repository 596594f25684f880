// Scrub with 100k synthetic events: the app's global-state filter against a naive setData,
// input to idle, with the tiles reloaded per step beside each.
import { appIdle } from './lib/waits.mjs';
import { probe } from './lib/probe.mjs';
import { round, stats } from './lib/stats.mjs';

export const SYNTHETIC_EVENTS = 100_000;
const STEPS = 20;

/** In the page: scrubs to `n` times across the span; input to idle and tiles reloaded, each step. */
function scrubInPage([n, mode]) {
	const map = window.straitAtlas.map;
	const api = window.straitAtlas;
	const probe = window.__benchProbe;
	const reloads = () => Object.values(probe.reloads).reduce((s, v) => s + v, 0) + probe.setData;
	const [t0, t1] = [Date.parse('2025-11-06T00:00:00Z'), Date.parse('2026-01-05T00:00:00Z')];
	const settle = () =>
		new Promise((r) => (map.loaded() && !map.isMoving() ? r() : map.once('idle', r)));
	return (async () => {
		await settle();
		const toIdle = [];
		const work = [];
		const bySource = {};
		for (let i = 0; i < n; i++) {
			const t = t0 + ((i * 7919) % n) * ((t1 - t0) / n);
			const r0 = reloads();
			const before = { ...probe.reloads };
			const start = performance.now();
			if (mode === 'setData') api.__benchSetData(t);
			else api.setTime(new Date(t).toISOString());
			await new Promise((r) => map.once('render', r));
			await settle();
			toIdle.push(performance.now() - start);
			work.push(reloads() - r0);
			for (const [source, count] of Object.entries(probe.reloads)) {
				const k = source.replace(/-\d+$/, '-n');
				bySource[k] = (bySource[k] ?? 0) + (count - (before[source] ?? 0)) / n;
			}
		}
		return { toIdle, work, bySource };
	})();
}

/**
 * Measures the 100k scrub on a fresh app page.
 * @param {import('./run.mjs').BenchContext} ctx
 */
export async function run(ctx) {
	const context = await ctx.browser.newContext({ viewport: ctx.viewport });
	const page = await context.newPage();
	await probe(page, ctx.browserCdp);
	await page.goto(ctx.appUrl);
	await appIdle(page);
	await page.evaluate((count) => {
		const map = window.straitAtlas.map;
		const [t0, t1] = [Date.parse('2025-11-06T00:00:00Z'), Date.parse('2026-01-05T00:00:00Z')];
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
		window.straitAtlas.drawEvents({ type: 'FeatureCollection', features });
		// The naive baseline: filter in JavaScript and send the survivors with setData each tick
		// (to the plain events source, after the app has gone back to the story's events).
		window.straitAtlas.__benchSetData = (t) => {
			map.setGlobalStateProperty('t', 4102444800000); // far future: the layer filter passes all
			map.getSource('events').setData({
				type: 'FeatureCollection',
				features: features.filter((f) => f.properties.ts <= t)
			});
		};
	}, SYNTHETIC_EVENTS);
	const app = await page.evaluate(scrubInPage, [STEPS, 'app']);
	await page.evaluate(() => window.straitAtlas.drawEvents(null));
	const naive = await page.evaluate(scrubInPage, [STEPS, 'setData']);
	await context.close();
	const a = stats(app.toIdle);
	const b = stats(naive.toIdle);
	return {
		app: a,
		naive: b,
		ratio: b.median / a.median,
		work: { app: stats(app.work).median, naive: stats(naive.work).median },
		bySource: app.bySource
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
				`${k}k events: setData / global-state to idle = ${round(r.ratio, 2)}x (target >= 2)`,
				r.ratio >= 2
			]
		]
	};
}
