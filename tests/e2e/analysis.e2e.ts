import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followLink, sharedApp } from './util';

/**
 * Area of a lon/lat polygon on a sphere of the WGS84 authalic radius, from its corners alone
 * (the spherical-excess line integral): an independent check on the app's ellipsoidal figures.
 */
function sphericalAreaKm2(ring: number[][]): number {
	const R = 6371.0072;
	const rad = Math.PI / 180;
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const [l1, p1] = ring[i]!;
		const [l2, p2] = ring[i + 1]!;
		sum += (l2! - l1!) * rad * (2 + Math.sin(p1! * rad) + Math.sin(p2! * rad));
	}
	return Math.abs((sum * R * R) / 2);
}

const zones = JSON.parse(readFileSync('data/drill-zones.geojson', 'utf8')) as {
	features: {
		properties: { id: string; zone: number; exercise: string };
		geometry: { coordinates: number[][][] };
	}[];
};

describe('analysis', () => {
	const shared = sharedApp();

	it('the panel shows JM2025 zone areas that agree with the official corners within 1%', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		await app.page.locator('.analysis tr[data-zone]').first().waitFor();
		const shown = await app.page.locator('.analysis tr[data-zone]').evaluateAll((rows) =>
			rows.map((r) => ({
				id: (r as HTMLElement).dataset.zone!,
				km2: Number(r.querySelector('td')!.textContent!.replace(/,/g, ''))
			}))
		);
		const jm = zones.features.filter((f) => f.properties.exercise === 'jm2025');
		expect(shown.map((s) => s.id).sort()).toEqual(jm.map((f) => f.properties.id).sort());
		for (const f of jm) {
			const ours = shown.find((s) => s.id === f.properties.id)!.km2;
			const independent = sphericalAreaKm2(f.geometry.coordinates[0]!);
			expect(Math.abs(ours - independent) / independent, f.properties.id).toBeLessThan(0.01);
		}
	});

	it('the comparison toggle draws both exercises', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z&map=5.6/23.6/121');
		const exercises = () =>
			app.page.evaluate(() =>
				[
					...new Set(
						window
							.straitAtlas!.map!.queryRenderedFeatures({ layers: ['drill-zones-fill'] })
							.map((f) => f.properties.exercise as string)
					)
				].sort()
			);
		expect(await exercises()).toEqual(['jm2025']);
		await app.page.getByTestId('compare-toggle').check();
		await expect.poll(exercises).toEqual(['aug2022', 'jm2025']);
	});

	it('Download CSV saves the table with every exercise', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		const [download] = await Promise.all([
			app.page.waitForEvent('download'),
			app.page.getByRole('button', { name: 'Download CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('strait-atlas_analysis.csv');
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text.split('\n')[0]).toContain('area_km2');
		expect(text).toContain('jm2025-z4');
		expect(text).toMatch(/js2024a.*zones not published/);
	});

	it('window.straitAtlas.analysis returns the figures as data', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		const total = await app.page.evaluate(async () => {
			const a = await window.straitAtlas!.analysis;
			const jm = a!.exercises.find((e) => e.id === 'jm2025');
			return jm && jm.zones_published ? jm.total_area.km2 : null;
		});
		expect(total).toBeGreaterThan(50_000);
	});

	it('the measuring tool gives the distance and bearing between two clicks, and Escape leaves it', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		await app.page.getByRole('button', { name: 'Measure distance' }).click();
		const at = (lng: number, lat: number) =>
			app.page.evaluate(
				([lng, lat]) => {
					const map = window.straitAtlas!.map!;
					const p = map.project([lng, lat]);
					const r = map.getCanvas().getBoundingClientRect();
					return { x: r.left + p.x, y: r.top + p.y };
				},
				[lng, lat] as const
			);
		// Taipei to Kaohsiung port, about 300 km.
		const a = await at(121.5683, 25.0358);
		const b = await at(120.25, 22.6167);
		await app.page.mouse.click(a.x, a.y);
		await app.page.mouse.click(b.x, b.y);
		// The tool's geometry loads when it is switched on: the result follows the second click.
		await expect.poll(() => app.page.locator('.measure .result').textContent()).toMatch(/km/);
		const result = await app.page.locator('.measure .result').textContent();
		const km = Number(/([\d.]+) km/.exec(result ?? '')?.[1]);
		expect(km).toBeGreaterThan(290);
		expect(km).toBeLessThan(310);
		expect(result).toMatch(/2\d\d°/);
		await app.page.locator('h1').click();
		await app.page.keyboard.press('Escape');
		await app.page.getByRole('button', { name: 'Measure distance' }).waitFor();
	});
});
