// Gzip sizes of the built files: the app's JS loaded at startup (the entry and the chunks
// index.html preloads), its lazily loaded chunks (export, video muxer, CSV), maplibre-gl (with
// its worker: MapLibre's own, bundled in map/mapWorker.ts with the app's basemap protocol,
// which adds about 1 KB), CSS and data.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Reads dist/ (the app's production build). */
export async function run() {
	const dir = 'dist/assets';
	const html = readFileSync('dist/index.html', 'utf8');
	// The scripts and module preloads index.html's tags name: not the files its inline language
	// preload script names, which only a Chinese or Japanese page loads.
	const startup = new Set(
		[...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map(
			(m) => m[1]
		)
	);
	const sizes = { appJs: 0, lazyJs: 0, maplibreJs: 0, css: 0, data: 0 };
	for (const f of readdirSync(dir)) {
		const path = join(dir, f);
		if (!statSync(path).isFile()) continue;
		const gz = gzipSync(readFileSync(path), { level: 9 }).length;
		if (/^(maplibre-gl|mapWorker)-/.test(f)) sizes.maplibreJs += gz;
		else if (f.endsWith('.js') && startup.has(f)) sizes.appJs += gz;
		else if (f.endsWith('.js')) sizes.lazyJs += gz;
		else if (f.endsWith('.css')) sizes.css += gz;
		else if (/\.(geo)?json$/.test(f)) sizes.data += gz;
	}
	return sizes;
}

const KB = 1024;
const kb = (/** @type {number} */ x) => Math.round((x / KB) * 10) / 10;

/**
 * The size targets.
 * @param {Awaited<ReturnType<typeof run>>} s
 */
export function report(s) {
	return {
		text: [
			`maplibre-gl JS ${kb(s.maplibreJs)} KB gzip (its worker with the app's basemap protocol), CSS ${kb(s.css)} KB gzip`
		],
		checks: [
			[
				`app JS at startup without maplibre-gl = ${kb(s.appJs)} KB gzip (target <= 60; lazy chunks ${kb(s.lazyJs)} KB more)`,
				s.appJs <= 60 * KB
			],
			[`data = ${kb(s.data)} KB gzip (target <= 150)`, s.data <= 150 * KB]
		]
	};
}
