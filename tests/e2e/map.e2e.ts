import { describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { renderedCounts, sharedApp, waitForMapIdle } from './util';

const CONTRACT_SOURCES = ['drill-zones', 'shipping-lanes', 'places', 'events', 'reference'];

describe('the map in Chromium', () => {
	const shared = sharedApp();

	it('map reaches idle with WebGL and a canvas', async () => {
		const size = await shared().page.evaluate(() => {
			const c = window.straitAtlas!.map!.getCanvas();
			return { w: c.width, h: c.height };
		});
		expect(size.w).toBeGreaterThan(0);
		expect(size.h).toBeGreaterThan(0);
	});

	it('queryRenderedFeatures() finds features from every contract source', async () => {
		const counts = await renderedCounts(shared().page);
		for (const source of CONTRACT_SOURCES) expect(counts[source] ?? 0, source).toBeGreaterThan(0);
	});

	it('queryRenderedFeatures() finds the basemap land and coastline', async () => {
		const counts = await renderedCounts(shared().page);
		expect(counts['basemap-land'] ?? 0).toBeGreaterThan(0);
		expect(counts['basemap-coastline'] ?? 0).toBeGreaterThan(0);
	});

	it('basemapLoader() draws land and coastline from one fetch of the topology', async () => {
		const browser = await launchChromium();
		try {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const asked: string[] = [];
			// The page's and its workers' requests: MapLibre's worker fetches the topology.
			context.on('request', (r) => asked.push(new URL(r.url()).pathname));
			const page = await context.newPage();
			await page.goto(inject('baseURL'));
			await waitForMapIdle(page);
			const counts = await renderedCounts(page);
			await context.close();
			expect(asked.filter((p) => /\/strait\.topo-[\w-]+\.json$/.test(p))).toHaveLength(1);
			expect(asked.filter((p) => /\/(land|coastline)-[\w-]+\.geojson$/.test(p))).toEqual([]);
			expect(counts['basemap-land'] ?? 0).toBeGreaterThan(0);
			expect(counts['basemap-coastline'] ?? 0).toBeGreaterThan(0);
		} finally {
			await browser.close();
		}
	});

	it('labels are drawn with the bundled font', async () => {
		const labels = await shared().page.evaluate(
			() => window.straitAtlas!.map!.queryRenderedFeatures({ layers: ['places-label'] }).length
		);
		expect(labels).toBeGreaterThan(0);
	});

	it('label glyphs come from the bundled public/glyphs', async () => {
		const { requested, file } = await shared().page.evaluate(async () => {
			const path = '/glyphs/Noto%20Sans%20Regular/0-255.pbf';
			const requested = performance
				.getEntriesByType('resource')
				.some((r) => new URL(r.name).pathname === path);
			// The preview server answers a missing file with index.html, so read what it serves.
			const bytes = new Uint8Array(await (await fetch(`.${path}`)).arrayBuffer());
			return { requested, file: { size: bytes.length, firstByte: bytes[0] } };
		});
		expect(requested).toBe(true);
		// A glyph protobuf opens with its font stack message (field 1, length-delimited: 0x0a).
		expect(file.firstByte).toBe(0x0a);
		expect(file.size).toBeGreaterThan(10_000);
	});

	it('the Content-Security-Policy allows only the page origin', async () => {
		const csp = await shared()
			.page.locator('meta[http-equiv="Content-Security-Policy"]')
			.getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).not.toMatch(/https?:/);
	});

	it('window.straitAtlas.map is the MapLibre map', async () => {
		const ok = await shared().page.evaluate(
			() => typeof window.straitAtlas?.map?.getStyle === 'function'
		);
		expect(ok).toBe(true);
	});
});
