import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { followLink, sharedApp, waitForMapIdle } from './util';

const LABEL_LAYERS = ['drill-zones-label', 'places-label', 'reference-label'];
const VIEWS = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
];

/** Ids of the features a label layer has placed on screen. */
const labelled = (page: Page, layer: string) =>
	page.evaluate(
		(l) => [
			...new Set(
				window.straitAtlas!.map!.queryRenderedFeatures({ layers: [l] }).map((f) => f.properties.id)
			)
		],
		layer
	);

const HOME = '#t=2025-12-30T00:00:00Z';

for (const view of VIEWS) {
	describe(`labels at the opening view (${view.name})`, () => {
		const shared = sharedApp(view);

		it(`every Justice Mission 2025 zone and every Taiwan port is labelled (${view.name})`, async () => {
			const app = shared();
			await followLink(app.page, HOME);
			const zones = await labelled(app.page, 'drill-zones-label');
			expect(zones.sort()).toEqual([
				'jm2025-z1',
				'jm2025-z2',
				'jm2025-z3',
				'jm2025-z4',
				'jm2025-z5'
			]);
			const places = await labelled(app.page, 'places-label');
			for (const id of ['port-keelung', 'port-taipei', 'port-kaohsiung', 'taipei']) {
				expect(places).toContain(id);
			}
		});

		it(`no label lies over an event dot (${view.name})`, async () => {
			const app = shared();
			await followLink(app.page, HOME);
			const covered = await app.page.evaluate((layers) => {
				const map = window.straitAtlas!.map!;
				const dots = map.queryRenderedFeatures({ layers: ['events-circle'] });
				return dots.flatMap((d) => {
					const p = map.project((d.geometry as GeoJSON.Point).coordinates as [number, number]);
					return map
						.queryRenderedFeatures([p.x, p.y], { layers })
						.map((f) => `${d.properties.id} under ${f.properties.id}`);
				});
			}, LABEL_LAYERS);
			expect(covered).toEqual([]);
		});
		if (view.name !== 'desktop') return;

		it('every August 2022 zone is labelled in the comparison', async () => {
			const app = shared();
			await followLink(app.page, `${HOME}&compare=1`);
			await waitForMapIdle(app.page);
			await expect
				.poll(
					async () =>
						(await labelled(app.page, 'drill-zones-label')).filter((id) => id.startsWith('aug2022'))
							.length
				)
				.toBe(6);
		});
	});
}
