import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pngDiff, type Box } from './pngDiff';
import { sharedApp, waitForMapIdle } from './util';

/** The live-fire morning: all five Justice Mission 2025 zones are drawn. */
const LIVE_FIRE = '2025-12-30T00:30:00Z';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const PRESETS = {
	'Full HD': { width: 1920, height: 1080 },
	'4K': { width: 3840, height: 2160 },
	square: { width: 1080, height: 1080 },
	portrait: { width: 1080, height: 1350 }
};

type Rect = Box;
interface Details {
	png: Buffer;
	width: number;
	height: number;
	boxes: { overlays: Rect[]; frame: Rect; zones: { id: string; rect: Rect }[] };
}

/** window.straitAtlas.exportDetails in the page: the PNG and where things landed. */
async function exportDetails(page: Page, options: Record<string, unknown>): Promise<Details> {
	const r = await page.evaluate(async (o) => {
		const d = await window.straitAtlas!.exportDetails(o);
		const bytes = new Uint8Array(await d.blob.arrayBuffer());
		let bin = '';
		for (let i = 0; i < bytes.length; i += 0x8000) {
			bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		}
		return { b64: btoa(bin), width: d.width, height: d.height, boxes: d.boxes };
	}, options);
	return { ...r, png: Buffer.from(r.b64, 'base64') };
}

/** Resizes the page (the app then lays out for that screen) and waits for the map. */
async function resize(page: Page, size: { width: number; height: number }) {
	await page.setViewportSize(size);
	await page.waitForFunction((w) => window.innerWidth === w, size.width);
	await waitForMapIdle(page);
}

const overlaps = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('export framing', () => {
	const app = sharedApp({ ...DESKTOP, hash: `#t=${LIVE_FIRE}` });

	it('exportDetails() draws the same 1920 × 1080 picture from a phone-sized page as from a desktop', async () => {
		const { page } = app();
		const options = {
			width: 1920,
			height: 1080,
			frame: 'drill-zones',
			overlays: { permalink: false }
		};
		await resize(page, DESKTOP);
		const desktop = await exportDetails(page, options);
		await resize(page, PHONE);
		const phone = await exportDetails(page, options);
		await resize(page, DESKTOP);
		// The overlay bands are laid out for the output alone: the same boxes to the pixel.
		expect(phone.boxes.overlays).toEqual(desktop.boxes.overlays);
		const [title, footer] = [desktop.boxes.overlays[0]!, desktop.boxes.overlays.at(-1)!];
		expect(title.height).toBeLessThan(1080 / 8);
		expect(footer.height).toBeLessThan(1080 / 8);
		// And the pictures match: the title band, the footer band and the map between them.
		const whole = { x: 0, y: 0, width: 1920, height: 1080 };
		expect(await pngDiff(page, desktop.png, phone.png, whole)).toBeLessThan(0.5);
	}, 120_000);

	for (const [device, viewport] of [
		['desktop', DESKTOP],
		['phone', PHONE]
	] as const) {
		for (const [name, size] of Object.entries(PRESETS)) {
			it(`exportDetails() leaves every drill zone clear of the overlays: ${name}, drill zones frame, ${device}`, async () => {
				const { page } = app();
				await resize(page, viewport);
				const d = await exportDetails(page, { ...size, frame: 'drill-zones' });
				await resize(page, DESKTOP);
				expect([d.width, d.height]).toEqual([size.width, size.height]);
				expect(d.boxes.zones.map((z) => z.id).sort()).toEqual([
					'jm2025-z1',
					'jm2025-z2',
					'jm2025-z3',
					'jm2025-z4',
					'jm2025-z5'
				]);
				for (const zone of d.boxes.zones) {
					for (const overlay of d.boxes.overlays) {
						expect(overlaps(zone.rect, overlay), `${zone.id} under an overlay`).toBe(false);
					}
					expect(zone.rect.x).toBeGreaterThanOrEqual(0);
					expect(zone.rect.y).toBeGreaterThanOrEqual(0);
					expect(zone.rect.x + zone.rect.width).toBeLessThanOrEqual(size.width);
					expect(zone.rect.y + zone.rect.height).toBeLessThanOrEqual(size.height);
				}
			}, 120_000);
		}
	}

	it('exportDetails() fits the opening view clear of the overlays (current view frame)', async () => {
		const { page } = app();
		const d = await exportDetails(page, { width: 1920, height: 1080 });
		for (const zone of d.boxes.zones) {
			for (const overlay of d.boxes.overlays) {
				expect(overlaps(zone.rect, overlay), `${zone.id} under an overlay`).toBe(false);
			}
		}
	}, 120_000);

	it('exportDetails() refuses an unknown frame and names the field', async () => {
		const { page } = app();
		const message = await page.evaluate(() =>
			window.straitAtlas!.exportDetails({ frame: 'moon' as never }).then(
				() => 'resolved',
				(e: Error) => e.message
			)
		);
		expect(message).toMatch(/^frame: "moon" is not one of/);
	});
});
