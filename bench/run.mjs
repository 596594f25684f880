// npm run bench: builds the app and a bare-basemap page, drives both in headless Chromium and
// prints what users feel (startup, scrubbing, export, memory, bundle), each against a floor
// measured in the same run. Writes the same figures to bench/results.json.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveBuild } from '../scripts/serve.mjs';

const LOADS = 5;
const SCRUBS = 25;
const MEMORY_SCRUBS = 2000;
const SYNTHETIC_EVENTS = 100_000;
const VIEWPORT = { width: 1280, height: 800 };

/** @param {number[]} xs */
function stats(xs) {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
	return { median, min: s[0], max: s[s.length - 1], n: s.length };
}

const round = (/** @type {number} */ x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Waits in the page until the app's map has its data and is idle; returns ms since navigation. */
async function appIdle(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const poll = () => {
					const map = window.straitAtlas?.map;
					const data = map?.getSource('places')?.serialize().data;
					if (!map || !data?.features?.length || document.querySelector('.map-status')) {
						requestAnimationFrame(poll);
						return;
					}
					const done = () => resolve(performance.now());
					if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) done();
					else map.once('idle', done);
				};
				poll();
			})
	);
}

/** Waits until the bare page's map is idle; returns ms since navigation. */
async function bareIdle(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const poll = () => {
					const map = window.bareMap;
					if (!map) return requestAnimationFrame(poll);
					const done = () => resolve(performance.now());
					if (map.loaded() && map.areTilesLoaded()) done();
					else map.once('idle', done);
				};
				poll();
			})
	);
}

/** Startup: navigation to first idle, for the app and for the bare basemap page. */
async function startup(browser, appUrl, bareUrl) {
	const app = [];
	const bare = [];
	for (let i = 0; i < LOADS; i++) {
		for (const [url, wait, out] of [
			[bareUrl, bareIdle, bare],
			[appUrl, appIdle, app]
		]) {
			const context = await browser.newContext({ viewport: VIEWPORT });
			const page = await context.newPage();
			await page.goto(url);
			out.push(await wait(page));
			await context.close();
		}
	}
	return { app: stats(app), bare: stats(bare) };
}

/** In the page: scrubs to `n` times across the span and measures input to next render and to idle. */
function scrubInPage([n, mode]) {
	const map = window.straitAtlas.map;
	const api = window.straitAtlas;
	const [t0, t1] = [Date.parse('2025-11-06T00:00:00Z'), Date.parse('2026-01-05T00:00:00Z')];
	const next = (type) => new Promise((r) => map.once(type, r));
	const settle = () =>
		new Promise((r) => (map.loaded() && !map.isMoving() ? r() : map.once('idle', r)));
	return (async () => {
		await settle();
		const toFrame = [];
		const toIdle = [];
		const repaint = [];
		for (let i = 0; i < n; i++) {
			const t = t0 + ((i * 7919) % n) * ((t1 - t0) / n);
			let start = performance.now();
			const rendered = next('render');
			if (mode === 'setData') api.__benchSetData(t);
			else api.setTime(new Date(t).toISOString());
			await rendered;
			toFrame.push(performance.now() - start);
			await settle();
			toIdle.push(performance.now() - start);
			start = performance.now();
			const again = next('render');
			map.triggerRepaint();
			await again;
			repaint.push(performance.now() - start);
			await settle();
		}
		return { toFrame, toIdle, repaint };
	})();
}

/** Scrub on the story data, against a bare repaint of the same map. */
async function scrubStory(page) {
	const r = await page.evaluate(scrubInPage, [SCRUBS, 'app']);
	return { toFrame: stats(r.toFrame), toIdle: stats(r.toIdle), repaint: stats(r.repaint) };
}

/** Scrub with 100k synthetic events: the app's global-state filter against a naive setData. */
async function scrubAtScale(page) {
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
		const all = { type: 'FeatureCollection', features };
		// The app's way: hand the set to the app, whose time filter is global state.
		window.straitAtlas.drawEvents(all);
		// The naive baseline: filter in JavaScript and send the survivors with setData each tick
		// (to the plain events source, after the app has gone back to the story's events).
		window.straitAtlas.__benchSetData = (t) => {
			map.setGlobalStateProperty('t', 4102444800000); // far future: the layer filter passes all
			map.getSource('events').setData({
				type: 'FeatureCollection',
				features: features.filter((f) => f.properties.ts <= t)
			});
		};
		window.__benchAll = all;
	}, SYNTHETIC_EVENTS);
	const app = await page.evaluate(scrubInPage, [Math.min(SCRUBS, 20), 'app']);
	await page.evaluate(() => window.straitAtlas.drawEvents(null));
	const naive = await page.evaluate(scrubInPage, [Math.min(SCRUBS, 20), 'setData']);
	return { app: stats(app.toIdle), appFrame: stats(app.toFrame), naive: stats(naive.toIdle) };
}

/** Export times for 1x, 2x and 3840x2160 PNGs, if the app has the export API. */
async function exportTimes(page) {
	const has = await page.evaluate(() => typeof window.straitAtlas.exportSnapshot === 'function');
	if (!has) return null;
	const out = {};
	for (const [name, w, h] of [
		['1x', VIEWPORT.width, VIEWPORT.height],
		['2x', VIEWPORT.width * 2, VIEWPORT.height * 2],
		['3840x2160', 3840, 2160]
	]) {
		const times = [];
		for (let i = 0; i < 3; i++) {
			times.push(
				await page.evaluate(
					async ([width, height]) => {
						const start = performance.now();
						const blob = await window.straitAtlas.exportSnapshot({ width, height });
						if (!blob || blob.size === 0) throw new Error('empty export');
						return performance.now() - start;
					},
					[w, h]
				)
			);
		}
		out[name] = stats(times);
	}
	return out;
}

/** JS heap after 2,000 scrubs minus before, each after a forced GC. */
async function memory(page) {
	const cdp = await page.context().newCDPSession(page);
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
	return { before, after, growth: after - before };
}

/**
 * Gzip sizes of the built files: the app's JS loaded at startup (the entry and the chunks
 * index.html preloads), its lazily loaded chunks (export, video muxer, CSV), maplibre-gl
 * (with its worker), CSS and data.
 */
function bundle() {
	const dir = 'dist/assets';
	const html = readFileSync('dist/index.html', 'utf8');
	const startup = new Set([...html.matchAll(/assets\/([^"']+\.js)/g)].map((m) => m[1]));
	const sizes = { appJs: 0, lazyJs: 0, maplibreJs: 0, css: 0, data: 0 };
	for (const f of readdirSync(dir)) {
		const path = join(dir, f);
		if (!statSync(path).isFile()) continue;
		const gz = gzipSync(readFileSync(path), { level: 9 }).length;
		if (/^maplibre-gl/.test(f)) sizes.maplibreJs += gz;
		else if (f.endsWith('.js') && startup.has(f)) sizes.appJs += gz;
		else if (f.endsWith('.js')) sizes.lazyJs += gz;
		else if (f.endsWith('.css')) sizes.css += gz;
		else if (/\.(geo)?json$/.test(f)) sizes.data += gz;
	}
	return sizes;
}

function build() {
	const t = performance.now();
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
	const appBuildMs = performance.now() - t;
	execFileSync('npx', ['vite', 'build', '--mode', 'bench', '--logLevel', 'error'], {
		stdio: 'inherit'
	});
	return appBuildMs;
}

const KB = 1024;
const buildMs = build();
const [appServer, bareServer] = await Promise.all([serveBuild('dist'), serveBuild('dist-bench')]);
const browser = await launchChromium();
let results;
try {
	const start = await startup(browser, appServer.url, `${bareServer.url}bench/bare.html`);
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	await page.goto(appServer.url);
	await appIdle(page);
	const story = await scrubStory(page);
	const mem = await memory(page);
	const exports = await exportTimes(page);
	const scale = await scrubAtScale(page);
	await context.close();
	const size = bundle();
	results = {
		date: new Date().toISOString(),
		machine: { cores: cpus().length, chromium: browser.version(), node: process.version },
		buildMs: round(buildMs, 0),
		startup: start,
		scrubStory: story,
		scrubAtScale: scale,
		export: exports,
		memory: mem,
		bundle: size
	};
	const target = (ok) => (ok ? 'yes' : 'NO');
	const rows = [
		['startup: app, navigation to idle (ms)', start.app],
		['startup: bare basemap (ms)', start.bare],
		['scrub on story data: input to next frame (ms)', story.toFrame],
		['scrub on story data: input to idle (ms)', story.toIdle],
		['bare repaint: triggerRepaint to render (ms)', story.repaint],
		[`scrub, ${SYNTHETIC_EVENTS / 1000}k events: global-state filter, to idle (ms)`, scale.app],
		[`scrub, ${SYNTHETIC_EVENTS / 1000}k events: naive setData, to idle (ms)`, scale.naive],
		...Object.entries(exports ?? {}).map(([k, v]) => [`export PNG ${k} (ms)`, v])
	];
	console.log(`\nStrait Atlas benchmark, ${results.date}`);
	console.log(
		`${results.machine.cores} cores, Chromium ${results.machine.chromium}, Node ${process.version}, build ${round(buildMs / 1000)} s\n`
	);
	console.log(
		`${'figure'.padEnd(58)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}  n`
	);
	for (const [name, s] of rows) {
		console.log(
			`${name.padEnd(58)} ${String(round(s.median)).padStart(8)} ${String(round(s.min)).padStart(8)} ${String(round(s.max)).padStart(8)}  ${s.n}`
		);
	}
	const ratios = {
		startup: start.app.median / start.bare.median,
		scrub: story.toFrame.median / story.repaint.median,
		scale: scale.naive.median / scale.app.median
	};
	results.ratios = ratios;
	const checks = [
		[
			`scrub to next frame / bare repaint = ${round(ratios.scrub, 2)} (target <= 1.3)`,
			ratios.scrub <= 1.3
		],
		[
			`100k events: setData / global-state to idle = ${round(ratios.scale, 2)}x (target >= 2)`,
			ratios.scale >= 2
		],
		[`startup / bare basemap = ${round(ratios.startup, 2)} (target <= 1.3)`, ratios.startup <= 1.3],
		[
			`app JS at startup without maplibre-gl = ${round(size.appJs / KB)} KB gzip (target <= 60; lazy chunks ${round(size.lazyJs / KB)} KB more)`,
			size.appJs <= 60 * KB
		],
		[`data = ${round(size.data / KB)} KB gzip (target <= 150)`, size.data <= 150 * KB],
		[
			`heap growth after ${MEMORY_SCRUBS} scrubs = ${round(mem.growth / KB / KB, 2)} MB (target <= 2)`,
			mem.growth <= 2 * KB * KB
		],
		[
			`3840x2160 PNG export = ${exports ? round(exports['3840x2160'].median / 1000, 2) + ' s' : 'n/a'} (target <= 2.5 s)`,
			exports ? exports['3840x2160'].median <= 2500 : false
		]
	];
	console.log(
		`\nmaplibre-gl JS ${round(size.maplibreJs / KB)} KB gzip, CSS ${round(size.css / KB)} KB gzip\n`
	);
	for (const [text, ok] of checks) console.log(`${target(ok).padEnd(4)} ${text}`);
	results.targets = Object.fromEntries(checks.map(([text, ok]) => [text, ok]));
	writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');
	console.log('\nwrote bench/results.json');
} finally {
	await browser.close();
	await appServer.close();
	await bareServer.close();
}
