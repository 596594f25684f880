import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_OVERLAYS } from '../fixtures/noOverlays';
import { pngDiff } from './pngDiff';
import { snapshotPng } from './snapshotPng';
import { followLink, freshApps, sharedApp, waitForMapIdle, type AppPage } from './util';

const fixture = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url);
const GOOD_CSV = readFileSync(fixture('good.csv'), 'utf8');
const BROKEN_CSV = readFileSync(fixture('broken.csv'), 'utf8');

/** Imports text through the console API; resolves to its summary. */
const importText = (page: Page, text: string, name: string) =>
	page.evaluate(([text, name]) => window.straitAtlas!.importData(text, { name }), [
		text,
		name
	] as const);

/** The GPU layers drawing imported points (custom layers are not listed by getStyle()). */
const pointLayers = (page: Page) =>
	page.evaluate(
		() =>
			window.straitAtlas!.map!.getLayersOrder().filter((id) => /^import-[a-z0-9]+-points$/.test(id))
				.length
	);

/** The map on screen around the fixture's first two points (Vessels A and B, near 24.5 N 119.8 E). */
async function aroundVessels(page: Page): Promise<Buffer> {
	await waitForMapIdle(page);
	const clip = await page.evaluate(() => {
		const map = window.straitAtlas!.map!;
		const p = map.project([119.85, 24.55]);
		const r = map.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x - 16, y: r.top + p.y - 16, width: 32, height: 32 };
	});
	return page.screenshot({ clip });
}

const CLIP = { x: 0, y: 0, width: 32, height: 32 };

/** Removes every imported layer, closes what is open and goes back to 31 Dec, 12:00 UTC. */
async function reset(app: AppPage): Promise<void> {
	await app.page.keyboard.press('Escape');
	const remove = app.page.getByTestId('imported-layers').getByRole('button', { name: /^Remove / });
	while ((await remove.count()) > 0) await remove.first().click();
	await expect.poll(() => pointLayers(app.page)).toBe(0);
	await followLink(app.page, '#t=2025-12-31T12:00:00Z');
}

describe('bring your own data', () => {
	const shared = sharedApp({ hash: '#t=2025-12-31T12:00:00Z' });

	it('importData() draws a CSV on the map as an import- source that the slider filters', async () => {
		const app = shared();
		await reset(app);
		const before = await aroundVessels(app.page);
		await app.page.evaluate(() => window.straitAtlas!.setTime('2025-12-01T00:00:00Z'));
		const early = await aroundVessels(app.page);
		await app.page.evaluate(() => window.straitAtlas!.setTime('2025-12-31T12:00:00Z'));
		const summary = await importText(app.page, GOOD_CSV, 'sightings');
		expect(summary.id).toMatch(/^import-/);
		expect(summary.features).toBeGreaterThanOrEqual(4);
		const sources = () =>
			app.page.evaluate(
				(id) => Object.keys(window.straitAtlas!.map!.getStyle().sources).includes(id),
				summary.id
			);
		await expect.poll(sources).toBe(true);
		await expect.poll(() => pointLayers(app.page), { timeout: 20_000 }).toBe(1);
		await expect
			.poll(async () => pngDiff(app.page, before, await aroundVessels(app.page), CLIP))
			.toBeGreaterThan(2);
		// Before the sightings the same place looks as it did without them.
		await app.page.evaluate(() => window.straitAtlas!.setTime('2025-12-01T00:00:00Z'));
		expect(await pngDiff(app.page, early, await aroundVessels(app.page), CLIP)).toBeLessThan(0.5);
	});

	it('importData() of a broken CSV keeps its good rows and names each bad row and column', async () => {
		const app = shared();
		await reset(app);
		const summary = await importText(app.page, BROKEN_CSV, 'broken');
		expect(summary.features).toBeGreaterThanOrEqual(1);
		// Row errors are data in no language; the panel words them in the active one.
		expect(summary.errors).toContainEqual({
			where: { kind: 'row', n: 3 },
			column: 'lat',
			code: 'notBetween',
			params: { value: '200', limit: 90 }
		});
		// The app keeps working: the time still moves the map.
		expect(await app.page.evaluate(() => window.straitAtlas!.setTime('2025-12-30T00:00:00Z'))).toBe(
			true
		);
	});

	it('a click on an imported point shows its columns in the detail panel', async () => {
		const app = shared();
		await reset(app);
		await importText(app.page, GOOD_CSV, 'sightings');
		await expect.poll(() => pointLayers(app.page), { timeout: 20_000 }).toBe(1);
		await waitForMapIdle(app.page);
		// Vessel A, the first row, at 24.5 N 119.8 E.
		const at = await app.page.evaluate(() => {
			const p = window.straitAtlas!.map!.project([119.8, 24.5]);
			const r = window.straitAtlas!.map!.getCanvas().getBoundingClientRect();
			return { x: r.left + p.x, y: r.top + p.y };
		});
		await app.page.mouse.click(at.x, at.y);
		const detail = app.page.locator('section.detail');
		await expect.poll(() => detail.locator('#detail-title').textContent()).toBe('Vessel A');
		const text = (await detail.textContent()) ?? '';
		expect(text).toContain('Your data: sightings');
		expect(text).toContain('ship');
		expect(text).toContain('as recorded in your file');
	});

	it('exportSnapshot() draws the imported points, as the live map does', async () => {
		const app = shared();
		await reset(app);
		const snapshot = () =>
			snapshotPng(app.page, { width: 640, height: 400, frame: 'strait', overlays: NO_OVERLAYS });
		const before = await snapshot();
		const again = await snapshot();
		const whole = { x: 0, y: 0, width: 640, height: 400 };
		// The same export twice is the same picture, so any difference below is the points.
		expect(await pngDiff(app.page, before, again, whole)).toBeLessThan(0.001);
		await importText(app.page, GOOD_CSV, 'sightings');
		await expect.poll(() => pointLayers(app.page), { timeout: 20_000 }).toBe(1);
		const after = await snapshot();
		expect(await pngDiff(app.page, before, after, whole)).toBeGreaterThan(0.01);
	});

	it('Download GeoJSON includes the imported points drawn at that time', async () => {
		const app = shared();
		await reset(app);
		const summary = await importText(app.page, GOOD_CSV, 'sightings');
		await app.page.getByRole('button', { name: 'Export', exact: true }).click();
		const [download] = await Promise.all([
			app.page.waitForEvent('download'),
			app.page.getByRole('button', { name: 'Download GeoJSON' }).click()
		]);
		const geojson = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
			features: { properties: Record<string, unknown> }[];
		};
		const mine = geojson.features.filter((f) => f.properties.dataset === summary.id);
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.every((f) => f.properties.dataset_name === 'sightings')).toBe(true);
	});

	it('the analysis panel counts the imported points inside the drill zones', async () => {
		const app = shared();
		await reset(app);
		const summary = await importText(app.page, GOOD_CSV, 'sightings');
		const counts = app.page.getByTestId('import-zone-counts');
		await expect
			.poll(() => counts.textContent(), { timeout: 20_000 })
			.toMatch(new RegExp(`sightings: \\d+ of ${summary.features} points inside a zone`));
	});

	it('Open project of a broken file names the field and keeps the app as it was', async () => {
		const app = shared();
		await reset(app);
		await app.page.getByTestId('project-open-input').setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				JSON.stringify({
					format: 'strait-atlas-project',
					version: 1,
					savedAt: 'x',
					view: {},
					imports: [{ id: 'nope' }]
				})
			)
		});
		const alert = app.page.getByTestId('project-file').getByRole('alert');
		await expect.poll(() => alert.textContent()).toMatch(/imports\.0\.id: /);
		expect(await app.page.evaluate(() => window.straitAtlas!.time)).toBe(
			'2025-12-31T12:00:00.000Z'
		);
	});

	it('Add data takes a picked file through the preview onto the map and into the layer list', async () => {
		const app = shared();
		await reset(app);
		await app.page
			.locator('input[type="file"]')
			.first()
			.setInputFiles(fixture('good.csv').pathname);
		await app.page.getByTestId('import-preview').waitFor();
		await app.page.getByTestId('import-confirm').click();
		await expect
			.poll(() => app.page.getByTestId('imported-layers').textContent(), { timeout: 20_000 })
			.toContain('good');
		await expect.poll(() => pointLayers(app.page), { timeout: 20_000 }).toBe(1);
	});
});

describe('bring your own data across pages', () => {
	const open = freshApps();

	it('Save project writes the view and the data; Open project brings both back in a fresh page', async () => {
		let app = await open({ hash: '#t=2025-12-31T12:00:00Z' });
		await importText(app.page, GOOD_CSV, 'sightings');
		const [download] = await Promise.all([
			app.page.waitForEvent('download'),
			app.page.getByRole('button', { name: 'Save project' }).click()
		]);
		expect(download.suggestedFilename()).toBe('strait-atlas-project_2025-12-31.json');
		const project = await readFile((await download.path())!);
		// A fresh page (its own storage, no data) at another time.
		await app.close();
		app = await open({ hash: '#t=2025-11-20T00:00:00Z' });
		await app.page.getByTestId('project-open-input').setInputFiles({
			name: 'project.json',
			mimeType: 'application/json',
			buffer: project
		});
		// The view is applied last, once the datasets are built (in a worker) and stored: wait for
		// it as long as for them.
		await expect
			.poll(() => app.page.getByTestId('imported-layers').textContent(), { timeout: 20_000 })
			.toContain('sightings');
		await expect.poll(() => pointLayers(app.page), { timeout: 20_000 }).toBe(1);
		await expect
			.poll(() => app.page.evaluate(() => window.straitAtlas!.time), { timeout: 20_000 })
			.toBe('2025-12-31T12:00:00.000Z');
	});

	it('a reload brings an imported layer back, and Remove takes it off the map', async () => {
		const app = await open({ hash: '#t=2025-12-31T12:00:00Z' });
		await importText(app.page, GOOD_CSV, 'kept');
		await app.page.reload();
		await waitForMapIdle(app.page);
		await expect
			.poll(() => app.page.getByTestId('imported-layers').textContent(), { timeout: 20_000 })
			.toContain('kept');
		await expect.poll(() => pointLayers(app.page), { timeout: 20_000 }).toBe(1);
		await app.page.getByRole('button', { name: 'Remove kept' }).click();
		await expect.poll(() => pointLayers(app.page)).toBe(0);
	});
});
