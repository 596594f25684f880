// npm run bench: builds the app and a bare-basemap page, drives both in headless Chromium and
// prints what users feel (startup, scrubbing, export, memory, bundle), each against a floor
// measured in the same run, with the GPU-independent costs beside each ratio. Writes the same
// figures to bench/results.json.
//
// One module per measurement (bench/<name>.mjs) exports `run(ctx)` and `report(result)`; add a
// measurement by adding its module and one line to MEASUREMENTS. Options (environment):
// BENCH_ONLY=startup,export runs only those; BENCH_NO_BUILD=1 reuses dist/ and dist-bench/;
// BENCH_APP_DIR=/tmp/old-dist measures another build of the app (before/after a change).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveBuild } from '../scripts/serve.mjs';
import { header, row } from './lib/print.mjs';
import { round } from './lib/stats.mjs';

/**
 * What every measurement gets.
 * @typedef {object} BenchContext
 * @property {import('playwright-core').Browser} browser
 * @property {import('playwright-core').CDPSession} browserCdp for SystemInfo.getProcessInfo
 * @property {string} appUrl the production build of the app
 * @property {string} bareUrl the bare-basemap page (bench/bare.html)
 * @property {{ width: number, height: number }} viewport
 */

/** The measurements, in the order they run. */
const MEASUREMENTS = [
	'startup',
	'languages',
	'scrub',
	'memory',
	'export',
	'scale',
	'imports',
	'bundle'
];

const only = process.env.BENCH_ONLY?.split(',');
const chosen = MEASUREMENTS.filter((m) => !only || only.includes(m));

/** Builds the app (timed) and the bare page; returns the app's build time in ms. */
function build() {
	const t = performance.now();
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
	const ms = performance.now() - t;
	execFileSync('npx', ['vite', 'build', '--mode', 'bench', '--logLevel', 'error'], {
		stdio: 'inherit'
	});
	return ms;
}

const buildMs = process.env.BENCH_NO_BUILD ? null : build();
const [appServer, bareServer] = await Promise.all([
	serveBuild(process.env.BENCH_APP_DIR ?? 'dist'),
	serveBuild('dist-bench')
]);
const browser = await launchChromium();
try {
	/** @type {BenchContext} */
	const ctx = {
		browser,
		browserCdp: await browser.newBrowserCDPSession(),
		appUrl: appServer.url,
		bareUrl: `${bareServer.url}bench/bare.html`,
		viewport: { width: 1280, height: 800 }
	};
	const machine = {
		cpu: cpus()[0]?.model.trim() ?? 'unknown',
		cores: cpus().length,
		chromium: browser.version(),
		node: process.version
	};
	/** @type {Record<string, any>} */
	const results = {
		date: new Date().toISOString(),
		machine,
		buildMs: buildMs && round(buildMs, 0)
	};
	const reports = [];
	for (const name of chosen) {
		const mod = await import(`./${name}.mjs`);
		const t = performance.now();
		results[name] = await mod.run(ctx);
		console.error(`bench: ${name} done in ${round((performance.now() - t) / 1000)} s`);
		reports.push(mod.report(results[name]));
	}

	console.log(`\nStrait Atlas benchmark, ${results.date}`);
	console.log(
		`${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium}, Node ${machine.node}` +
			(buildMs ? `, build ${round(buildMs / 1000)} s` : '') +
			'\n'
	);
	console.log(header());
	for (const r of reports) for (const [name, s] of r.rows ?? []) console.log(row(name, s));
	for (const r of reports) for (const text of r.text ?? []) console.log(`\n${text}`);
	const checks = reports.flatMap((r) => r.checks ?? []);
	console.log('');
	for (const [text, ok] of checks) console.log(`${(ok ? 'yes' : 'NO').padEnd(4)} ${text}`);
	results.targets = Object.fromEntries(checks);
	writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');
	console.log('\nwrote bench/results.json');
} finally {
	await browser.close();
	await appServer.close();
	await bareServer.close();
}
