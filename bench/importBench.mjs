// The import benchmark of issue 14, as a function the bench runner calls (bench/run.mjs wires it).
// Figures are ratios to floors measured in the same run, like the rest of the bench.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { syntheticCsv } from './syntheticCsv.mjs';
import { drainGpuInPage } from './lib/waits.mjs';

const require = createRequire(import.meta.url);
const PAPA_SOURCE = readFileSync(require.resolve('papaparse/papaparse.min.js'), 'utf8');

/**
 * Floor-and-import pairs measured for each size, each on a fresh page: one import per page (the
 * imported data stays in the page and its storage), so a page gives one pair. One import a size
 * moved the million-row ratio 1.6-3.3 between runs of the same code; the median of the pairs'
 * ratios is the figure.
 */
const PAIRS = Number(process.env.BENCH_IMPORT_PAIRS ?? 3);

/** @param {number[]} xs */
function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * In the page: makes the synthetic CSV as a Blob (window.__importBenchCsv) with the generator
 * defined beforehand as window.__importBenchMake, and starts recording long main-thread tasks
 * (window.__importBenchTasks).
 * @param {number} rows
 */
function prepareInPage(rows) {
	window.__importBenchCsv = new Blob([window.__importBenchMake(rows)], { type: 'text/csv' });
	window.__importBenchTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__importBenchTasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask' });
	return window.__importBenchCsv.size;
}

/**
 * In the page: the floor, papaparse alone in a worker (made from papaparse's own file) reading
 * and parsing the same Blob with the same settings as the import worker (header row, 4 MB chunks).
 * @param {string} papa papaparse.min.js
 */
function bareParseInPage(papa) {
	const body = `
		onmessage = async (e) => {
			const text = await e.data.text();
			let rows = 0;
			Papa.parse(text, { header: true, skipEmptyLines: 'greedy', chunkSize: 4194304,
				chunk: (r) => { rows += r.data.length; },
				complete: () => postMessage(rows) });
		};`;
	const url = URL.createObjectURL(new Blob([papa, body], { type: 'text/javascript' }));
	const worker = new Worker(url);
	const start = performance.now();
	return new Promise((resolve) => {
		worker.onmessage = (e) => {
			worker.terminate();
			URL.revokeObjectURL(url);
			resolve({ ms: performance.now() - start, rows: e.data });
		};
		worker.postMessage(window.__importBenchCsv);
	});
}

/**
 * In the page: imports the Blob through the console API; `ms` is the time to the first frame
 * drawn with all of the dataset's points on its GPU points layer (storing it in IndexedDB goes
 * on after that frame, and its main-thread tasks still count in `longestTask`).
 */
function importInPage() {
	const api = window.straitAtlas;
	const map = api.map;
	const start = performance.now();
	const drawn = new Promise((resolve) => {
		// 'render' fires at the end of a frame: a points layer present then was drawn in it.
		// The points go to the GPU a slice a task: the frame counted is the one drawing them all.
		const check = () => {
			const id = map.getLayersOrder().find((id) => /^import-[a-z0-9]+-points$/.test(id));
			if (!id || map.getLayer(id)?.implementation?.complete === false) return;
			map.off('render', check);
			resolve(performance.now());
		};
		map.on('render', check);
	});
	return (async () => {
		const r = await api.importData(window.__importBenchCsv, { name: 'bench', format: 'csv' });
		const firstFrame = await drawn;
		// Let the long-task observer deliver the last entries.
		await new Promise((resolve) => setTimeout(resolve, 100));
		return {
			id: r.id,
			features: r.features,
			errors: r.errors.length,
			ms: firstFrame - start,
			// Entries arrive late: only tasks that began after the import started count (not the
			// making of the CSV just before).
			longestTask: Math.max(
				0,
				...window.__importBenchTasks.filter(([t]) => t >= start).map(([, d]) => d)
			)
		};
	})();
}

/** In the page: scrubs `n` times; input to next frame, to idle (points drawn), bare repaint. */
function scrubInPage(n) {
	const api = window.straitAtlas;
	const map = api.map;
	const [t0, t1] = [Date.parse('2025-11-06T00:00:00Z'), Date.parse('2026-01-05T00:00:00Z')];
	// A span ends at the frame's `render` event, once the map has sent the frame's commands. Each
	// span starts from an empty pipeline (`settle`): the GPU process's drawing of a million points
	// (0.2-1 s under SwiftShader, the same for a scrub as for a repaint at that time) would
	// otherwise land on whichever span came next, and the figure would measure the queue.
	const next = () => new Promise((r) => map.once('render', r));
	// Idle, and the GPU process done with every frame sent so far (drainGpuInPage, installed by
	// importBench), so no step pays for the last.
	const settle = async () => {
		await new Promise((r) => (map.loaded() && !map.isMoving() ? r() : map.once('idle', r)));
		await window.__drainGpu();
	};
	/** A bare repaint: triggerRepaint to its frame (ms), then settled again. */
	const repaintOnce = async () => {
		const start = performance.now();
		const done = next();
		map.triggerRepaint();
		await done;
		const ms = performance.now() - start;
		await settle();
		return ms;
	};
	return (async () => {
		const toFrame = [];
		const toIdle = [];
		const repaint = [];
		const repaintAgain = [];
		await settle();
		for (let i = 0; i < n; i++) {
			const t = t0 + ((i * 7919) % n) * ((t1 - t0) / n);
			const start = performance.now();
			const rendered = next();
			api.setTime(new Date(t).toISOString());
			await rendered;
			toFrame.push(performance.now() - start);
			await settle();
			toIdle.push(performance.now() - start);
			repaint.push(await repaintOnce());
			// The control: the same repaint once more, to show what the instrument itself varies.
			repaintAgain.push(await repaintOnce());
		}
		return { toFrame, toIdle, repaint, repaintAgain };
	})();
}

/**
 * Measures importing a synthetic CSV (lat, lon, time, category; bench/syntheticCsv.mjs) into the
 * app, for each row count (default 100,000 and 1,000,000), in PAIRS fresh pages:
 * - `importRatio`: import to the first frame with all the points ÷ papaparse alone parsing the
 *   same Blob in a worker just before, in the same page; the median of the pairs' ratios
 *   (target ≤ 2);
 * - `longestTaskMs`: the longest main-thread task during any pair's import, from the Long Tasks
 *   API (target ≤ 100; 0 means none over 50 ms);
 * - `scrubRatio`: scrub input to next frame ÷ a bare repaint of the same map (target ≤ 1.5), plus
 *   input to idle, when the moved points are drawn;
 * - `heapMB`: JS heap and array-buffer stores after the import and two forced GCs (target ≤ 150).
 *
 * Inputs: `openApp()` must resolve to a Playwright page of the built app (Chromium, SwiftShader)
 * whose map is idle and where `window.straitAtlas.importData(blob, { name, format })` and
 * `window.straitAtlas.setTime(iso)` are wired; give each call a NEW browser context, since the
 * imported data is kept in IndexedDB. The function closes each page's context when done.
 * @param {() => Promise<import('playwright-core').Page>} openApp
 * @param {{ rows?: number[], scrubs?: number }} [options]
 */
export async function importBench(openApp, { rows = [100_000, 1_000_000], scrubs = 15 } = {}) {
	const results = [];
	for (const n of rows) {
		/** @type {{ floor: number, import: number, longestTask: number }[]} */
		const pairs = [];
		/** @type {import('playwright-core').Page} */
		let page;
		let bytes = 0;
		/** @type {{ features: number, errors: number }} */
		let imported = { features: 0, errors: 0 };
		for (let k = 0; k < PAIRS; k++) {
			page = await openApp();
			// Defined through a DevTools evaluation: the app's CSP forbids eval and new Function.
			await page.evaluate(`window.__importBenchMake = ${syntheticCsv.toString()}`);
			bytes = await page.evaluate(prepareInPage, n);
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('HeapProfiler.enable');
			// Each span starts with the garbage of what came before collected: the CSV's making
			// before the floor, the floor's text and rows (~0.3 GB at a million) before the import.
			await cdp.send('HeapProfiler.collectGarbage');
			const floor = await page.evaluate(bareParseInPage, PAPA_SOURCE);
			await cdp.send('HeapProfiler.collectGarbage');
			const one = await page.evaluate(importInPage);
			imported = one;
			pairs.push({ floor: floor.ms, import: one.ms, longestTask: one.longestTask });
			if (k < PAIRS - 1) await page.context().close();
		}
		// The heap and the scrub are measured on the last pair's page.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.enable');
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('HeapProfiler.collectGarbage');
		// The JS heap and the array buffers' backing stores (the points' typed arrays live there).
		const usage = await cdp.send('Runtime.getHeapUsage');
		const heap = usage.usedSize + (usage.backingStorageSize ?? 0);
		// Scrub once the import's after-work (storage, zone counts) is done: three idle callbacks.
		await page.evaluate(async () => {
			for (let i = 0; i < 3; i++) await new Promise((r) => requestIdleCallback(r));
		});
		await page.evaluate(`window.__drainGpu = ${drainGpuInPage.toString()}`);
		const scrub = await page.evaluate(scrubInPage, scrubs);
		const toFrame = median(scrub.toFrame);
		const repaint = median(scrub.repaint);
		results.push({
			rows: n,
			bytes,
			features: imported.features,
			errors: imported.errors,
			importMs: median(pairs.map((p) => p.import)),
			bareParseMs: median(pairs.map((p) => p.floor)),
			importPairs: pairs.map((p) => [Math.round(p.import), Math.round(p.floor)]),
			importRatio: median(pairs.map((p) => p.import / p.floor)),
			// The longest of any pair's import: the target is a ceiling.
			longestTaskMs: Math.max(...pairs.map((p) => p.longestTask)),
			scrubToFrameMs: toFrame,
			scrubToIdleMs: median(scrub.toIdle),
			repaintMs: repaint,
			scrubRatio: toFrame / repaint,
			scrubPairs: scrub.toFrame.map((f, i) => [Math.round(f), Math.round(scrub.repaint[i])]),
			// The same repaint twice, measured the same way: the ratio a scrub costing exactly a
			// repaint would show on this machine (under SwiftShader a frame of a million points
			// takes 10 ms or 1 s from one identical repaint to the next).
			controlRatio: median(scrub.repaintAgain) / repaint,
			heapMB: heap / 1024 / 1024
		});
		await page.context().close();
	}
	return results;
}
