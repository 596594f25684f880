import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { followLink, sharedApp, waitForMapIdle } from './util';

/** How many events the story's own file holds. */
const STORY_EVENTS = (
	JSON.parse(readFileSync(new URL('../../data/events.geojson', import.meta.url), 'utf8')) as {
		features: unknown[];
	}
).features.length;

const T0 = Date.parse('2025-11-06T00:00:00Z');
const T1 = Date.parse('2026-01-05T00:00:00Z');

/** Draws `n` synthetic events inside the opening view through window.straitAtlas.drawEvents. */
async function drawSynthetic(page: Page, n: number) {
	await page.evaluate(
		([n, t0, t1]) => {
			let seed = 7;
			const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
			const features = Array.from({ length: n }, (_, i) => ({
				type: 'Feature' as const,
				geometry: { type: 'Point' as const, coordinates: [119.5 + rand() * 2, 22.5 + rand() * 2] },
				properties: { id: `s${i}`, ts: t0 + rand() * (t1 - t0), category: 'military' }
			}));
			(window as unknown as { __synthetic: typeof features }).__synthetic = features;
			window.straitAtlas!.drawEvents({ type: 'FeatureCollection', features });
		},
		[n, T0, T1] as const
	);
}

/** Events drawn by all event layers (every chunk) against those the time filter should pass. */
async function drawnVersusExpected(page: Page) {
	return page.evaluate(() => {
		const map = window.straitAtlas!.map!;
		const layers = map.getStyle().layers.filter((l) => l.id.startsWith('events-circle'));
		const drawn = new Set(
			map.queryRenderedFeatures({ layers: layers.map((l) => l.id) }).map((f) => f.properties.id)
		);
		const t = Date.parse(window.straitAtlas!.time);
		const expected = (
			window as unknown as { __synthetic: { properties: { id: string; ts: number } }[] }
		).__synthetic.filter((f) => f.properties.ts <= t).length;
		return { drawn: drawn.size, expected, layers: layers.length };
	});
}

describe('large event sets', () => {
	const shared = sharedApp();

	it('drawEvents() splits 12,000 events into chunks and draws exactly those up to the time', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		await drawSynthetic(app.page, 12_000);
		await app.page.evaluate(() => window.straitAtlas!.setTime('2025-12-05T00:00:00Z'));
		await waitForMapIdle(app.page);
		const first = await drawnVersusExpected(app.page);
		expect(first.layers).toBe(3);
		// Polled, as after the second step: the chunk layers are added in the same task as the
		// time is set, and a chunk's tiles may still be coming back from the worker.
		await expect
			.poll(async () => {
				const r = await drawnVersusExpected(app.page);
				return r.drawn - r.expected;
			})
			.toBe(0);
		await app.page.evaluate(() => window.straitAtlas!.setTime('2025-12-20T12:00:00Z'));
		await expect
			.poll(async () => {
				const r = await drawnVersusExpected(app.page);
				return r.drawn - r.expected;
			})
			.toBe(0);
	});

	it('drawEvents() of 12,000 events marks the slider with a few hundred marks, not one each', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		await drawSynthetic(app.page, 12_000);
		const marks = await app.page.evaluate(() => ({
			count: document.querySelectorAll('.track .marker').length,
			titles: [...document.querySelectorAll('.track .marker')]
				.slice(0, 3)
				.map((m) => m.getAttribute('title'))
		}));
		expect(marks.count).toBeGreaterThan(50);
		expect(marks.count).toBeLessThanOrEqual(400);
		expect(marks.titles.every((t) => /^\d+ events?$/.test(t ?? ''))).toBe(true);
	});

	it('drawEvents(null) brings the story events back into the one events source', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		await drawSynthetic(app.page, 12_000);
		await app.page.evaluate(() => window.straitAtlas!.drawEvents(null));
		const state = await app.page.evaluate(() => {
			const map = window.straitAtlas!.map!;
			const data = map.getSource('events')!.serialize().data as { features: unknown[] };
			return { features: data.features.length, chunk: Boolean(map.getSource('events-1')) };
		});
		expect(state).toEqual({ features: STORY_EVENTS, chunk: false });
	});
});
