import { describe, expect, it } from 'vitest';
import { renderedCounts, sharedApp } from './util';

describe('layer toggles', () => {
	const shared = sharedApp();

	for (const group of ['drill-zones', 'shipping-lanes', 'reference', 'places', 'events']) {
		it(`unchecking "${group}" hides its features and checking it shows them again`, async () => {
			const box = shared().page.locator(`input[data-layer="${group}"]`);
			const drawn = async () => (await renderedCounts(shared().page))[group] ?? 0;
			// The style changes on the map's next frame (and showing a hidden layer lays its tiles
			// out again), so poll for the redraw rather than reading the previous frame.
			await box.uncheck();
			await expect.poll(drawn, { timeout: 10_000 }).toBe(0);
			await box.check();
			await expect.poll(drawn, { timeout: 10_000 }).toBeGreaterThan(0);
		});
	}
});
