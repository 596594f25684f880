import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_OVERLAYS } from '../fixtures/noOverlays';
import { pngDiff, type Box } from './pngDiff';
import { snapshotPng } from './snapshotPng';
import { freshApps, waitForMapIdle } from './util';

const T0 = Date.parse('2025-11-06T00:00:00Z');
const T1 = Date.parse('2026-01-05T00:00:00Z');
const EARLY = '2025-11-25T00:00:00Z';
const LATE = '2025-12-25T00:00:00Z';
/** A part of the live map no panel, bar or control covers (1280 × 800 page). */
const CLIP: Box = { x: 480, y: 150, width: 560, height: 300 };

/** Draws 20,000 synthetic events over the open view (chunked: over 5,000). */
async function drawTwentyThousand(page: Page) {
	await page.evaluate(
		([t0, t1]) => {
			let seed = 11;
			const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
			const features = Array.from({ length: 20_000 }, (_, i) => ({
				type: 'Feature' as const,
				geometry: { type: 'Point' as const, coordinates: [119 + rand() * 4, 22 + rand() * 4] },
				properties: { id: `s${i}`, ts: t0 + rand() * (t1 - t0), category: 'economic' }
			}));
			window.straitAtlas!.drawEvents({ type: 'FeatureCollection', features });
		},
		[T0, T1] as const
	);
}

/** The live map at a time, as the screen shows it. */
async function screenAt(page: Page, iso: string): Promise<Buffer> {
	await page.evaluate((iso) => window.straitAtlas!.setTime(iso), iso);
	await waitForMapIdle(page);
	return page.screenshot({ clip: CLIP });
}

/** A map-only export of the view as shown, at a time. */
const exportAt = (page: Page, iso: string): Promise<Buffer> =>
	snapshotPng(page, {
		width: 1280,
		height: 800,
		time: iso,
		frame: 'as-shown',
		overlays: NO_OVERLAYS
	});

/** The same region of an export as CLIP is of the screen, as its own PNG. */
const AT_ORIGIN: Box = { ...CLIP, x: 0, y: 0 };

describe('a frame at time T is the same wherever it is drawn', () => {
	const open = freshApps();

	it('exportSnapshot({ time }) of 20,000 drawn events draws the events of that time, as the screen does', async () => {
		const app = await open();
		await drawTwentyThousand(app.page);
		const screenEarly = await screenAt(app.page, EARLY);
		const screenLate = await screenAt(app.page, LATE);
		// The live map now shows LATE; the early export must not take the live chunk times.
		const early = await exportAt(app.page, EARLY);
		const late = await exportAt(app.page, LATE);
		const crop = async (png: Buffer) => {
			const b64 = await app.page.evaluate(
				async ({ b64, clip }) => {
					const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
					const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
					const canvas = new OffscreenCanvas(clip.width, clip.height);
					canvas.getContext('2d')!.drawImage(bitmap, -clip.x, -clip.y);
					const out = new Uint8Array(await (await canvas.convertToBlob()).arrayBuffer());
					let bin = '';
					for (let i = 0; i < out.length; i += 0x8000) {
						bin += String.fromCharCode(...out.subarray(i, i + 0x8000));
					}
					return btoa(bin);
				},
				{ b64: png.toString('base64'), clip: CLIP }
			);
			return Buffer.from(b64, 'base64');
		};
		const [earlyCrop, lateCrop] = await Promise.all([crop(early), crop(late)]);
		const between = await pngDiff(app.page, earlyCrop, lateCrop, AT_ORIGIN);
		const earlyVsScreen = await pngDiff(app.page, earlyCrop, screenEarly, AT_ORIGIN);
		const lateVsScreen = await pngDiff(app.page, lateCrop, screenLate, AT_ORIGIN);
		expect(between).toBeGreaterThan(4);
		expect(earlyVsScreen).toBeLessThan(2);
		expect(lateVsScreen).toBeLessThan(2);
	}, 180_000);
});
