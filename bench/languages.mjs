// Startup per language: the app opened in English, 繁體中文 and 日本語 in turn (fresh contexts,
// each round in another of the six orders), navigation to idle, with the app JS (gzip, without maplibre-gl) and
// the label glyph bytes each language fetched. Target (issue 15): each CJK startup within 10% of
// English, each CJK language at most 300 KB of label glyphs.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { appIdle } from './lib/waits.mjs';
import { diff, probe } from './lib/probe.mjs';
import { costTable, timelineTable } from './lib/print.mjs';
import { medianOf, round, stats } from './lib/stats.mjs';

/**
 * Rounds measured (after one warm-up round that is not counted), five times through the six
 * orders. One round's ratio moves ±10% (its quartiles are printed), so the median of few rounds
 * wanders: 5 moved it 0.99-1.13 between runs of one build, 9 moved it 0.99-1.14. Resampling the
 * rounds of a 40-round run whose median ratio was 1.07 for each language, the median of 13
 * rounds came out over 1.1 one time in eight, of 30 one time in twenty.
 */
const ROUNDS = Number(process.env.BENCH_LANG_ROUNDS ?? 30);
const LANGS = ['en', 'zh-Hant', 'ja'];
/** Every order of the three languages, one per round in turn. */
const ORDERS = [
	['en', 'zh-Hant', 'ja'],
	['ja', 'zh-Hant', 'en'],
	['zh-Hant', 'en', 'ja'],
	['ja', 'en', 'zh-Hant'],
	['zh-Hant', 'ja', 'en'],
	['en', 'ja', 'zh-Hant']
];
const KB = 1024;

/** Gzip size of a built file, by its URL's name under the app's build folder. */
function gzipOf(/** @type {string} */ url) {
	const name = new URL(url).pathname.split('/').pop() ?? '';
	const dir = process.env.BENCH_APP_DIR ?? 'dist';
	try {
		return gzipSync(readFileSync(`${dir}/assets/${name}`), { level: 9 }).length;
	} catch {
		return 0;
	}
}

/**
 * One load of the app in `lang`: time to idle, app JS fetched (gzip), glyph bytes fetched, the
 * load's costs (as startup measures them) and when it reached each milestone, the mount included.
 * @param {import('./run.mjs').BenchContext} ctx
 * @param {string} lang
 */
async function load(ctx, lang) {
	const context = await ctx.browser.newContext({ viewport: ctx.viewport });
	const page = await context.newPage();
	const p = await probe(page, ctx.browserCdp);
	const before = await p.read();
	/** @type {Promise<{ url: string, bytes: number } | null>[]} */
	const fetched = [];
	page.on('requestfinished', (request) => {
		const url = request.url();
		// A request that ends as the context closes has no sizes: it is not counted.
		fetched.push(
			request.sizes().then(
				(s) => ({ url, bytes: s.responseBodySize }),
				() => null
			)
		);
	});
	await page.goto(`${ctx.appUrl}#lang=${lang}`);
	const ms = await appIdle(page);
	const after = await p.read();
	const mount = await page.evaluate(
		() => performance.getEntriesByName('strait-atlas:mount')[0]?.startTime
	);
	const costs = { ...diff(before, after), marks: { ...after.marks, mount } };
	const files = (await Promise.all(fetched)).filter((f) => f !== null);
	await context.close();
	const js = files.filter((f) => /\.js$/.test(f.url) && !/maplibre-gl/.test(f.url));
	const glyphs = files.filter((f) => f.url.includes('/glyphs/'));
	return {
		ms,
		costs,
		appJsGzip: js.reduce((s, f) => s + gzipOf(f.url), 0),
		glyphBytes: glyphs.reduce((s, f) => s + f.bytes, 0),
		glyphRanges: glyphs.length
	};
}

/**
 * Measures startup in each language, each round loading all three in one of the six orders.
 * @param {import('./run.mjs').BenchContext} ctx
 */
export async function run(ctx) {
	/** @type {Record<string, Awaited<ReturnType<typeof load>>[]>} */
	const runs = Object.fromEntries(LANGS.map((l) => [l, []]));
	for (let i = 0; i <= ROUNDS; i++) {
		// The rounds go through the six orders of the three languages, so that each follows each
		// other as often: a load pays for what the one before it left running.
		for (const lang of ORDERS[i % ORDERS.length] ?? LANGS) {
			const r = await load(ctx, lang);
			if (i > 0) runs[lang]?.push(r); // round 0 warms the caches up
		}
	}
	const en = runs.en ?? [];
	return Object.fromEntries(
		LANGS.map((lang) => {
			const rs = runs[lang] ?? [];
			return [
				lang,
				{
					ms: stats(rs.map((r) => r.ms)),
					// Round by round against the English load of the same round.
					ratioToEnglish: stats(rs.map((r, i) => r.ms / (en[i]?.ms ?? r.ms))),
					// Medians: which lazy chunks have arrived by the first idle map varies by load.
					appJsGzip: stats(rs.map((r) => r.appJsGzip)).median,
					glyphBytes: stats(rs.map((r) => r.glyphBytes)).median,
					glyphRanges: stats(rs.map((r) => r.glyphRanges)).median,
					costs: { ms: stats(rs.map((r) => r.ms)).median, ...medianOf(rs.map((r) => r.costs)) },
					// Each round's load, in order: the spread behind the medians.
					loads: rs.map((r) => round(r.ms, 1))
				}
			];
		})
	);
}

/**
 * The per-language rows and targets.
 * @param {Awaited<ReturnType<typeof run>>} r
 */
export function report(r) {
	const cjk = ['zh-Hant', 'ja'].filter((l) => r[l]);
	return {
		rows: LANGS.filter((l) => r[l]).map((l) => [
			`startup in ${l}, navigation to idle (ms)`,
			r[l].ms
		]),
		text: LANGS.filter((l) => r[l]).flatMap((l) => [
			`${l}: app JS fetched by the first idle map ${round(r[l].appJsGzip / KB, 1)} KB gzip (without maplibre-gl; lazy chunks included); label glyphs ${round(r[l].glyphBytes / KB, 1)} KB in ${r[l].glyphRanges} files; startup / English ${round(r[l].ratioToEnglish.median, 2)}`,
			// What a language costs more than English, and where in the load it opens.
			...(l === 'en' || !r.en
				? []
				: [
						costTable(
							`${l} startup costs against English (medians of ${r[l].ms.n} loads)`,
							[l, r[l].costs],
							['en', r.en.costs]
						),
						timelineTable(
							`${l} startup timeline, ms from navigation (medians)`,
							[l, r[l].costs],
							['en', r.en.costs]
						)
					])
		]),
		checks: cjk.flatMap((l) => [
			[
				`startup in ${l} / English = ${round(r[l].ratioToEnglish.median, 2)} (rounds ${round(r[l].ratioToEnglish.q1, 2)}–${round(r[l].ratioToEnglish.q3, 2)}; target <= 1.1)`,
				r[l].ratioToEnglish.median <= 1.1
			],
			[
				`label glyphs in ${l} = ${round(r[l].glyphBytes / KB, 1)} KB (target <= 300)`,
				r[l].glyphBytes <= 300 * KB
			]
		])
	};
}
