import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedApp } from './util';

/** Screen position (page pixels) of a source feature's point, found by id. */
async function pointOf(page: Page, source: string, id: string) {
	return page.evaluate(
		([source, id]) => {
			const map = window.straitAtlas!.map!;
			const f = map.querySourceFeatures(source).find((f) => f.properties.id === id);
			if (!f || f.geometry.type !== 'Point') throw new Error(`no point ${source}/${id}`);
			const p = map.project(f.geometry.coordinates as [number, number]);
			const r = map.getCanvas().getBoundingClientRect();
			return { x: r.left + p.x, y: r.top + p.y };
		},
		[source, id] as const
	);
}

/**
 * Clicks the port of Keelung and waits for its popup: the state the click tests start from.
 * A popup left open by an earlier test is closed first with its close button (a second click on
 * the same place closes the popup instead of opening it).
 */
async function clickKeelung(page: Page) {
	const open = page.locator('.maplibregl-popup');
	if (await open.count()) {
		await open.locator('.maplibregl-popup-close-button').click();
		await open.waitFor({ state: 'detached' });
	}
	const p = await pointOf(page, 'places', 'port-keelung');
	await page.mouse.click(p.x, p.y);
	await page.locator('.maplibregl-popup').waitFor();
}

describe('hover and click', () => {
	const shared = sharedApp();

	it('mousemove over a feature sets its hover state and a pointer cursor', async () => {
		const p = await pointOf(shared().page, 'places', 'port-keelung');
		await shared().page.mouse.move(p.x, p.y);
		const state = await shared().page.evaluate(() => {
			const map = window.straitAtlas!.map!;
			return {
				hover: map.getFeatureState({ source: 'places', id: 'port-keelung' }).hover,
				cursor: map.getCanvas().style.cursor
			};
		});
		expect(state).toEqual({ hover: true, cursor: 'pointer' });
	});

	it('click on a place opens a popup naming it, with its precision and a source link', async () => {
		await clickKeelung(shared().page);
		const popup = shared().page.locator('.maplibregl-popup');
		await expect(popup.locator('.popup-title').textContent()).resolves.toContain('Keelung');
		await expect(popup.locator('.popup-precision').textContent()).resolves.toMatch(
			/Precision: exact/
		);
		const link = popup.locator('.popup-sources a').first();
		await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\//);
		await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
	});

	it('click on a place shows the same feature in the side panel', async () => {
		await clickKeelung(shared().page);
		await expect(shared().page.locator('#detail-title').textContent()).resolves.toContain(
			'Keelung'
		);
	});

	it('click on empty sea closes the popup', async () => {
		await clickKeelung(shared().page);
		// Find a spot of open sea with nothing drawn within 8 px, right of the panel.
		const r = await shared().page.evaluate(() => {
			const map = window.straitAtlas!.map!;
			const b = map.getCanvas().getBoundingClientRect();
			for (let y = 60; y < b.height - 200; y += 20) {
				for (let x = 400; x < b.width - 80; x += 20) {
					const hits = map.queryRenderedFeatures([
						[x - 8, y - 8],
						[x + 8, y + 8]
					]);
					if (hits.length === 0) return { x: b.left + x, y: b.top + y };
				}
			}
			throw new Error('no empty spot found');
		});
		await shared().page.mouse.click(r.x, r.y);
		await shared().page.locator('.maplibregl-popup').waitFor({ state: 'detached' });
		expect(await shared().page.locator('#detail-title').count()).toBe(0);
	});
});
