/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { DATA_FILES } from './src/lib/core/data/dataFiles';
import { glyphBundles } from './scripts/glyphBundles';
import { preloadLanguage } from './scripts/preloadLanguage';

/**
 * Adds a `<link rel="preload">` for each data file to the built index.html, so the browser
 * fetches the data while it loads the scripts instead of after them: the map starts with its
 * data as soon as the app runs. The app's own `fetch` picks up the preloaded responses.
 */
function preloadData(): Plugin {
	// Emitted as assets/<stem>-<hash>.<ext>, e.g. assets/places-iIfQMddc.geojson.
	const stems = DATA_FILES.map((f) => f.replace(/\.[^.]+$/, ''));
	const dataAsset = new RegExp(`^assets/(${stems.join('|')})-[\\w-]+\\.`);
	return {
		name: 'strait-atlas:preload-data',
		apply: 'build',
		transformIndexHtml: {
			order: 'post',
			handler: (_html, ctx) =>
				Object.keys(ctx.bundle ?? {})
					.filter((f) => dataAsset.test(f))
					.map((f) => ({
						tag: 'link',
						attrs: { rel: 'preload', href: `./${f}`, as: 'fetch', crossorigin: '' },
						injectTo: 'head'
					}))
		}
	};
}

/**
 * map/mapWorker.ts runs MapLibre's worker by importing its file for what the file does when
 * loaded. maplibre-gl's package.json marks the file free of side effects, so the worker's bundle
 * would drop it and hold only the app's protocol: this marks the import as having them.
 */
function maplibreWorkerEntry(): Plugin {
	return {
		name: 'strait-atlas:maplibre-worker-entry',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!source.endsWith('/maplibre-gl-worker.mjs')) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved && { ...resolved, moduleSideEffects: true };
		}
	};
}

/** Vite builds the app; Vitest runs two projects: `unit` (Node) and `e2e` (real Chromium). */
export default defineConfig(({ mode }) => ({
	plugins: [
		svelte({ configFile: false }),
		glyphBundles(),
		...(mode === 'bench' ? [] : [preloadData(), preloadLanguage()])
	],
	base: './',
	worker: { plugins: () => [maplibreWorkerEntry()] },
	build: {
		target: 'es2022',
		// MapLibre (about 1.1 MB) gets a chunk of its own: it changes rarely, caches well, and the
		// benchmark reports the app's own code separately from it. Everything else the page runs
		// at startup (`$initial`: the entry and what it imports statically) is one `app` chunk:
		// split by what the lazy chunks share, it was 20 files of 0.1-32 KB, which queue behind
		// one another on an HTTP/1.1 server's six connections and delayed MapLibre's own file.
		chunkSizeWarningLimit: 1200,
		// `vite build --mode bench` builds the benchmark's bare-basemap page instead of the app.
		...(mode === 'bench' ? { outDir: 'dist-bench' } : {}),
		rolldownOptions: {
			...(mode === 'bench' ? { input: { bare: 'bench/bare.html' } } : {}),
			output: {
				codeSplitting: {
					groups: [
						{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/, priority: 2 },
						{ name: 'app', tags: ['$initial'], priority: 1 }
					]
				}
			}
		}
	},
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.e2e.ts'],
					globalSetup: ['tests/e2e/globalSetup.ts'],
					testTimeout: 60_000,
					hookTimeout: 90_000,
					fileParallelism: false,
					maxWorkers: 1
				}
			}
		]
	}
}));
