import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_OVERLAYS } from '../fixtures/noOverlays';
import { exportedFile } from './snapshotPng';
import { sharedApp, waitForMapIdle, type AppPage } from './util';

/** The app's opening time (the start of the live fire), which the file-name test expects. */
const DEFAULT_TIME = '2025-12-30T00:00:00Z';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * Decodes PNGs in the page and measures them: the luminance variance of each (sampled), and the
 * mean absolute difference of each image from the first inside `box`.
 */
async function measurePngs(page: Page, pngs: Buffer[], box?: Box) {
	return page.evaluate(
		async ({ b64s, box }) => {
			const decode = async (b64: string) => {
				const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(bitmap, 0, 0);
				return { w: bitmap.width, h: bitmap.height, ctx };
			};
			const images = await Promise.all(b64s.map(decode));
			const variance = images.map(({ w, h, ctx }) => {
				const data = ctx.getImageData(0, 0, w, h).data;
				let n = 0;
				let sum = 0;
				let sq = 0;
				for (let i = 0; i < data.length; i += 4 * 97) {
					const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
					n++;
					sum += y;
					sq += y * y;
				}
				return sq / n - (sum / n) ** 2;
			});
			const region = (i: number) => {
				const r = box ?? { x: 0, y: 0, width: images[0]!.w, height: images[0]!.h };
				return images[i]!.ctx.getImageData(r.x, r.y, r.width, r.height).data;
			};
			const diff = images.map((_, i) => {
				const a = region(0);
				const b = region(i);
				let total = 0;
				for (let k = 0; k < a.length; k += 4) {
					total += Math.abs(a[k]! - b[k]!) + Math.abs(a[k + 1]! - b[k + 1]!);
					total += Math.abs(a[k + 2]! - b[k + 2]!);
				}
				return total / ((a.length / 4) * 3);
			});
			return { variance, diff };
		},
		{ b64s: pngs.map((p) => p.toString('base64')), box }
	);
}

/** Runs window.straitAtlas.exportSnapshot in the page and returns the PNG. */
async function apiSnapshot(page: Page, options: Record<string, unknown>): Promise<Buffer> {
	const { type, bytes } = await exportedFile(page, options);
	expect(type).toBe('image/png');
	return bytes;
}

/**
 * Starts recording, in the page, when the export dialog says "Export cancelled." and when the
 * hidden export map clears its canvas (read with hiddenClearsAfterCancel).
 */
function recordCancelAndClears(page: Page): Promise<void> {
	return page.evaluate(() => {
		const w = window as unknown as { __clears: number[]; __cancelledAt: number | null };
		w.__clears = [];
		w.__cancelledAt = null;
		const clear = WebGL2RenderingContext.prototype.clear;
		WebGL2RenderingContext.prototype.clear = function (this: WebGL2RenderingContext, mask) {
			if ((this.canvas as HTMLCanvasElement).closest('.export-offscreen'))
				w.__clears.push(performance.now());
			return clear.call(this, mask);
		};
		const seen = new MutationObserver(() => {
			if (document.querySelector('.export-dialog .message')?.textContent !== 'Export cancelled.')
				return;
			w.__cancelledAt = performance.now();
			seen.disconnect();
		});
		seen.observe(document.body, { subtree: true, childList: true, characterData: true });
	});
}

/** The hidden map's clears in the `ms` after the cancel message appeared (recordCancelAndClears). */
function hiddenClearsAfterCancel(page: Page, ms: number): Promise<number> {
	return page.evaluate(async (ms) => {
		const w = window as unknown as { __clears: number[]; __cancelledAt: number | null };
		const at = w.__cancelledAt;
		if (at === null) return -1; // the message was never seen appearing
		await new Promise((resolve) => setTimeout(resolve, Math.max(0, at + ms - performance.now())));
		return w.__clears.filter((t) => t >= at && t <= at + ms).length;
	}, ms);
}

/** What must not change on the live map when exporting. */
const liveState = (page: Page) =>
	page.evaluate(() => {
		const map = window.straitAtlas!.map!;
		const canvas = map.getCanvas();
		return {
			center: map.getCenter().toArray(),
			zoom: map.getZoom(),
			t: map.getGlobalState().t as number,
			windowMs: map.getGlobalState().windowMs as number,
			visibility: map
				.getStyle()
				.layers.map((l) => `${l.id}:${map.getLayoutProperty(l.id, 'visibility') ?? 'visible'}`),
			canvas: [canvas.width, canvas.height, canvas.clientWidth, canvas.clientHeight],
			canvases: document.querySelectorAll('canvas').length,
			time: window.straitAtlas!.time
		};
	});

const openDialog = async (page: Page) => {
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	await page.getByRole('dialog', { name: 'Export' }).waitFor();
};
const closeDialog = (page: Page) => page.getByRole('button', { name: 'Close export' }).click();

/** Picks a size preset in the open dialog, clicks Download PNG and returns the file. */
async function downloadPreset(page: Page, preset: RegExp) {
	await page.getByRole('radio', { name: preset }).check();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByRole('button', { name: 'Download PNG' }).click()
	]);
	const png = await readFile((await download.path())!);
	return { png, name: download.suggestedFilename() };
}

describe('export', () => {
	const shared = sharedApp();
	let app: AppPage;

	// Every test starts at the default time with no dialog open, whatever the one before did.
	beforeEach(async () => {
		app = shared();
		const close = app.page.getByRole('button', { name: 'Close export' });
		if (await close.isVisible()) await close.click();
		await app.page.evaluate((t) => window.straitAtlas!.setTime(t), DEFAULT_TIME);
		await waitForMapIdle(app.page);
	});

	it('the 1x presets download PNGs of their exact size that are not blank', async () => {
		const { page } = app;
		await openDialog(page);
		const presets: [RegExp, number, number][] = [
			[/^Current view, 1×/, 1280, 800],
			[/^Full HD/, 1920, 1080],
			[/^Square/, 1080, 1080],
			[/^Portrait/, 1080, 1350]
		];
		const files = [];
		for (const [preset, width, height] of presets) {
			const { png, name } = await downloadPreset(page, preset);
			expect(pngSize(png), String(preset)).toEqual({ width, height });
			expect(name).toMatch(/^strait-atlas_2025-12-30T00-00-00Z_[\d.-]+\.png$/);
			files.push(png);
		}
		const { variance } = await measurePngs(page, files);
		for (const v of variance) expect(v).toBeGreaterThan(100);
		// Copy image reports what happened in the dialog (headless Chromium allows it).
		await page.getByRole('button', { name: 'Copy image' }).click();
		await expect
			.poll(() => page.locator('.export-dialog .message').textContent(), { timeout: 30_000 })
			.toBe('Copied a 1080 × 1350 image.');
		await closeDialog(page);
	});

	it('the 2x view and 4K presets download at their exact size', async () => {
		const { page } = app;
		await openDialog(page);
		const twice = await downloadPreset(page, /^Current view, 2×/);
		expect(pngSize(twice.png)).toEqual({ width: 2560, height: 1600 });
		const uhd = await downloadPreset(page, /^4K/);
		expect(pngSize(uhd.png)).toEqual({ width: 3840, height: 2160 });
		const { variance } = await measurePngs(page, [uhd.png]);
		expect(variance[0]).toBeGreaterThan(100);
		await closeDialog(page);
	});

	it('the overlays draw a title band that a map-only export lacks, over the same map', async () => {
		const { page } = app;
		// As shown: the same camera with or without overlays (a framed export moves the map clear
		// of them instead, see exportFrame.e2e.ts).
		const asShown = { width: 1280, height: 800, frame: 'as-shown' };
		const mapOnly = await apiSnapshot(page, { ...asShown, overlays: NO_OVERLAYS });
		const withOverlays = await apiSnapshot(page, asShown);
		const band = { x: 0, y: 0, width: 1280, height: 60 };
		expect((await measurePngs(page, [mapOnly, withOverlays], band)).diff[1]).toBeGreaterThan(20);
		// Below the band, in the middle of the map, the two are the same map.
		const middle = { x: 500, y: 250, width: 400, height: 250 };
		expect((await measurePngs(page, [mapOnly, withOverlays], middle)).diff[1]).toBeLessThan(1);
	});

	it('a map-only 1x export as shown shows the map the user sees', async () => {
		const { page } = app;
		const exported = await apiSnapshot(page, {
			width: 1280,
			height: 800,
			frame: 'as-shown',
			overlays: NO_OVERLAYS
		});
		// A part of the live map that no panel, bar or control covers.
		const clip = { x: 480, y: 150, width: 560, height: 300 };
		const screen = await page.screenshot({ clip });
		const [a, b] = await Promise.all([
			measurePngs(page, [exported], clip),
			measurePngs(page, [screen])
		]);
		expect(a.variance[0]).toBeGreaterThan(100);
		const cropped = await page.evaluate(
			async ({ b64, clip }) => {
				const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const canvas = new OffscreenCanvas(clip.width, clip.height);
				canvas.getContext('2d')!.drawImage(bitmap, -clip.x, -clip.y);
				const blob = await canvas.convertToBlob({ type: 'image/png' });
				const out = new Uint8Array(await blob.arrayBuffer());
				let bin = '';
				for (let i = 0; i < out.length; i += 0x8000) {
					bin += String.fromCharCode(...out.subarray(i, i + 0x8000));
				}
				return btoa(bin);
			},
			{ b64: exported.toString('base64'), clip }
		);
		const { diff } = await measurePngs(page, [screen, Buffer.from(cropped, 'base64')]);
		expect(b.variance[0]).toBeGreaterThan(100);
		expect(diff[1]).toBeLessThan(3);
	});

	it('exporting leaves the visible map as it was', async () => {
		const { page } = app;
		const before = await liveState(page);
		await openDialog(page);
		await downloadPreset(page, /^Current view, 1×/);
		await closeDialog(page);
		await apiSnapshot(page, { width: 800, height: 600, time: '2025-11-20T00:00:00Z' });
		expect(await liveState(page)).toEqual(before);
		// The last export's hidden map is kept for the next one (KEEP_MS), and only that one.
		expect(await page.locator('.export-offscreen').count()).toBeLessThanOrEqual(1);
	});

	it('Escape cancels a running video export and its hidden map stops drawing', async () => {
		const { page } = app;
		await openDialog(page);
		let downloaded = false;
		page.once('download', () => (downloaded = true));
		await page.getByRole('button', { name: 'Export video' }).click();
		await expect
			.poll(() => page.locator('.export-dialog .progress').textContent(), { timeout: 30_000 })
			.toMatch(/Frame [2-9]\d* of 80/);
		await recordCancelAndClears(page);
		await page.keyboard.press('Escape');
		await expect
			.poll(() => page.locator('.export-dialog .message').textContent())
			.toBe('Export cancelled.');
		expect(await page.getByRole('dialog', { name: 'Export' }).isVisible()).toBe(true);
		expect(await page.locator('.export-offscreen').count()).toBeLessThanOrEqual(1);
		// Within the preview's 400 ms settle (ExportPreview's SETTLE_MS) from the cancel: once
		// unpaused, the dialog's preview draws on the same kept map, and with a video step
		// costing one frame it can now do so within 800 ms of the cancel. The span is timed in
		// the page from the moment the message appeared, not from when the test saw it.
		expect(await hiddenClearsAfterCancel(page, 350)).toBe(0);
		expect(await page.getByRole('button', { name: 'Export video' }).isEnabled()).toBe(true);
		expect(downloaded).toBe(false);
		await closeDialog(page);
	});

	for (const format of [
		{ label: 'MP4 (H.264)', ext: 'mp4', type: 'video/mp4' },
		{ label: 'WebM (VP9)', ext: 'webm', type: 'video/webm' }
	]) {
		it(`a short playback video exports as a playable ${format.ext} of the right size`, async () => {
			const { page } = app;
			await openDialog(page);
			await page.getByLabel('Start (Taipei time)').fill('30 Dec 2025, 00:00');
			await page.getByLabel('End (Taipei time)').fill('2025-12-30 12:00');
			expect(await page.locator('.export-dialog').textContent()).toContain(
				'1 s of video, 10 frames'
			);
			await expect
				.poll(() => page.getByLabel('Format').locator('option').allTextContents())
				.toEqual(['MP4 (H.264)', 'WebM (VP9)', 'PNG sequence (ZIP)']);
			await page.getByLabel('Format').selectOption({ label: format.label });
			const [download] = await Promise.all([
				page.waitForEvent('download', { timeout: 60_000 }),
				page.getByRole('button', { name: 'Export video' }).click()
			]);
			expect(download.suggestedFilename()).toMatch(
				new RegExp(`^strait-atlas_2025-12-29T16-00-00Z_.*\\.${format.ext}$`)
			);
			const file = await readFile((await download.path())!);
			if (format.ext === 'webm')
				expect(file.readUInt32BE(0)).toBe(0x1a45dfa3); // EBML magic
			else expect(file.subarray(4, 8).toString('latin1')).toBe('ftyp');
			await closeDialog(page);
			// The app's CSP keeps blob: media out, so play it in a blank page of the same browser.
			const player = await page.context().newPage();
			const video = await player.evaluate(
				async ({ b64, type }) => {
					const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
					const el = document.createElement('video');
					el.muted = true;
					el.src = URL.createObjectURL(new Blob([bytes], { type }));
					document.body.append(el);
					await new Promise((resolve, reject) => {
						el.onloadeddata = resolve;
						el.onerror = () => reject(new Error(`video error ${el.error?.code}`));
					});
					return { duration: el.duration, width: el.videoWidth, height: el.videoHeight };
				},
				{ b64: file.toString('base64'), type: format.type }
			);
			await player.close();
			expect(video.width).toBe(1280);
			expect(video.height).toBe(720);
			expect(video.duration).toBeGreaterThan(0.5);
			expect(video.duration).toBeLessThan(2);
		});
	}

	it('a PNG sequence exports one numbered PNG per frame in a ZIP', async () => {
		const { page } = app;
		await openDialog(page);
		await page.getByLabel('Start (Taipei time)').fill('30 Dec 2025, 00:00');
		await page.getByLabel('End (Taipei time)').fill('2025-12-30 06:00');
		await page.getByLabel('Format').selectOption({ label: 'PNG sequence (ZIP)' });
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 60_000 }),
			page.getByRole('button', { name: 'Export video' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^strait-atlas_2025-12-29T16-00-00Z_.*\.zip$/);
		const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
		const names = Object.keys(files).sort();
		expect(names.length).toBeGreaterThan(2);
		expect(names[0]).toBe('frame_0001.png');
		expect(names.at(-1)).toBe(`frame_${String(names.length).padStart(4, '0')}.png`);
		expect(pngSize(Buffer.from(files[names[0]!]!))).toEqual({ width: 1280, height: 720 });
		await closeDialog(page);
	});

	it('openOffscreenMap() draws one frame, at the export size, for a 4K PNG', async () => {
		const { page } = app;
		// Each MapLibre frame starts by clearing its canvas: record the clears of the export's
		// hidden map and the size of its canvas at each.
		const clears = await page.evaluate(async () => {
			const seen: string[] = [];
			const clear = WebGL2RenderingContext.prototype.clear;
			WebGL2RenderingContext.prototype.clear = function (this: WebGL2RenderingContext, mask) {
				const canvas = this.canvas as HTMLCanvasElement;
				if (canvas.closest('.export-offscreen') && mask & this.COLOR_BUFFER_BIT) {
					seen.push(`${canvas.width}x${canvas.height}`);
				}
				return clear.call(this, mask);
			};
			try {
				await window.straitAtlas!.exportSnapshot({ width: 3840, height: 2160 });
			} finally {
				WebGL2RenderingContext.prototype.clear = clear;
			}
			return seen;
		});
		expect(clears.length).toBeGreaterThan(0);
		expect(clears.length).toBeLessThanOrEqual(2);
		expect(new Set(clears).size).toBe(1);
		expect(clears[0]).toMatch(/^3840x/);
	});

	it('window.straitAtlas.exportSnapshot() renders the asked size at the asked time', async () => {
		const { page } = app;
		const before = await page.evaluate(() => window.straitAtlas!.time);
		const off = { title: '', timeStamp: false, legend: false, scaleBar: false, northArrow: false };
		const opts = (time: string) => ({ width: 640, height: 400, time, overlays: off });
		const announced = await apiSnapshot(page, opts('2025-12-29T12:00:00+08:00'));
		const earlier = await apiSnapshot(page, opts('2025-12-28T12:00:00+08:00'));
		expect(pngSize(announced)).toEqual({ width: 640, height: 400 });
		// The zones appear between the two times, so the maps differ.
		expect((await measurePngs(page, [announced, earlier])).diff[1]).toBeGreaterThan(0.2);
		expect(await page.evaluate(() => window.straitAtlas!.time)).toBe(before);
		const error = await page.evaluate(() =>
			window.straitAtlas!.exportSnapshot({ time: 'not a time' }).then(
				() => 'resolved',
				(e: Error) => e.name
			)
		);
		expect(error).toBe('RangeError');
	});

	it('openOffscreenMap() draws the next export on the kept map, as a new map draws it', async () => {
		const { page } = app;
		const off = { title: '', timeStamp: false, legend: false, scaleBar: false, northArrow: false };
		const at = (time: string) => ({ width: 640, height: 400, time, overlays: off });
		const before = await apiSnapshot(page, at('2025-12-28T12:00:00+08:00'));
		// Two at once: one takes the kept map (which last drew the day before), the other needs a
		// new map and its WebGL context. Both must draw the same picture.
		const { contexts, pngs } = await page.evaluate(async (options) => {
			let contexts = 0;
			const getContext = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args) {
				if (String(args[0]).startsWith('webgl')) contexts++;
				return (getContext as (...a: unknown[]) => RenderingContext | null).apply(this, args);
			} as typeof getContext;
			try {
				const blobs = await Promise.all([
					window.straitAtlas!.exportSnapshot(options),
					window.straitAtlas!.exportSnapshot(options)
				]);
				const b64 = async (b: Blob) => {
					const bytes = new Uint8Array(await b.arrayBuffer());
					let bin = '';
					for (let i = 0; i < bytes.length; i += 0x8000) {
						bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
					}
					return btoa(bin);
				};
				return { contexts, pngs: await Promise.all(blobs.map(b64)) };
			} finally {
				HTMLCanvasElement.prototype.getContext = getContext;
			}
		}, at('2025-12-29T12:00:00+08:00'));
		expect(contexts).toBe(1);
		const [kept, fresh] = pngs.map((b) => Buffer.from(b!, 'base64'));
		const { diff } = await measurePngs(page, [kept!, fresh!, before]);
		expect(diff[1]).toBeLessThan(0.5);
		expect(diff[2]).toBeGreaterThan(0.2);
		expect(await page.locator('.export-offscreen').count()).toBe(1);
	});

	it('Download GeoJSON saves the features drawn now, with their sources', async () => {
		const { page } = app;
		await openDialog(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download GeoJSON' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.geojson$/);
		const fc = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
			features: { properties: { dataset: string; id: string; sources?: unknown[] } }[];
		};
		const events = fc.features.filter((f) => f.properties.dataset === 'events');
		const listed = await page
			.locator('.events li[data-event]:not(.future):not(.hidden-by-window)')
			.count();
		expect(events.length).toBe(listed);
		const zones = fc.features.filter((f) => f.properties.dataset === 'drill-zones');
		expect(zones.length).toBeGreaterThan(0);
		for (const z of zones) expect(z.properties.sources?.length).toBeGreaterThan(0);
		await closeDialog(page);
	});
});
