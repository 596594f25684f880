import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freshApps, sharedApp } from './util';

interface Day {
	date: string;
	sources: { url: string; publisher: string }[];
}
const FILE = JSON.parse(
	readFileSync(new URL('../../data/pla-activity.json', import.meta.url), 'utf8')
) as { days: Day[] };
const byDate = (date: string) => FILE.days.find((d) => d.date === date)!;

const setTime = (page: Page, iso: string) =>
	page.evaluate((t) => window.straitAtlas!.setTime(t), iso);
const currentDate = (page: Page) =>
	page.locator('[data-testid="activity-strip"] a[aria-current="date"]').getAttribute('data-date');
const readout = (page: Page) => page.getByTestId('activity-readout').textContent();

async function loaded(page: Page) {
	await expect
		.poll(() => page.locator('[data-testid="activity-strip"] a[data-date]').count(), {
			timeout: 15_000
		})
		.toBeGreaterThan(30);
}

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

describe('the MND activity strip', () => {
	const shared = sharedApp();

	it('highlights the report whose period holds the slider time, and follows it', async () => {
		const app = shared();
		await loaded(app.page);
		// 30 Dec 08:00 Taipei falls in the report of 31 Dec (30 Dec 06:00 to 31 Dec 06:00).
		await setTime(app.page, '2025-12-30T08:00:00+08:00');
		await expect.poll(() => currentDate(app.page)).toBe('2025-12-31');
		await setTime(app.page, '2025-12-29T12:00:00+08:00');
		await expect.poll(() => currentDate(app.page)).toBe('2025-12-30');
		expect(await readout(app.page)).toContain('130 aircraft sorties');
	});

	it('names the current report’s source and links it', async () => {
		const app = shared();
		await loaded(app.page);
		await setTime(app.page, '2025-12-29T12:00:00+08:00');
		const day = byDate('2025-12-30');
		const first = day.sources[0]!;
		await expect.poll(() => readout(app.page)).toContain(first.publisher);
		const link = app.page
			.getByTestId('activity-readout')
			.getByRole('link', { name: first.publisher });
		expect(await link.getAttribute('href')).toBe(first.url);
		const bar = app.page.locator('[data-testid="activity-strip"] a[aria-current="date"]');
		expect(await bar.getAttribute('href')).toBe(first.url);
		expect(await bar.getAttribute('target')).toBe('_blank');
		expect(await bar.getAttribute('aria-label')).toMatch(/130 aircraft sorties.*Source: /);
	});

	it('draws a date with no report as a gap, never as zero', async () => {
		const app = shared();
		await loaded(app.page);
		expect(FILE.days.some((d) => d.date === '2025-12-22')).toBe(false);
		await setTime(app.page, '2025-12-21T12:00:00+08:00');
		await expect.poll(() => readout(app.page)).toContain('no MND report found');
		expect(
			await app.page.locator('[data-testid="activity-strip"] a[aria-current="date"]').count()
		).toBe(0);
		expect(await app.page.locator('li.gap.current [data-gap="2025-12-22"]').count()).toBe(1);
	});

	it('puts the current report’s bar under the slider thumb', async () => {
		const app = shared();
		await loaded(app.page);
		await setTime(app.page, '2025-12-29T18:00:00+08:00');
		await expect.poll(() => currentDate(app.page)).toBe('2025-12-30');
		const current = app.page.locator('[data-testid="activity-strip"] a[aria-current="date"]');
		// Where the thumb's centre falls across the bar (0 to 1), once both have laid out: the
		// slider's scale follows its width a frame after a resize (a ResizeObserver callback).
		const across = async () => {
			const thumb = (await app.page.locator('.thumb').boundingBox())!;
			const b = (await current.boundingBox())!;
			return (thumb.x + thumb.width / 2 - b.x) / b.width;
		};
		await expect.poll(across).toSatisfy((a: number) => a >= 0 && a <= 1);
		const bar = (await current.boundingBox())!;
		// The period is 24 hours long on the slider's scale.
		const track = (await app.page.locator('[role="slider"]').boundingBox())!;
		const [min, max] = await app.page
			.locator('[role="slider"]')
			.evaluate((el) => [
				Number(el.getAttribute('aria-valuemin')),
				Number(el.getAttribute('aria-valuemax'))
			]);
		expect(bar.width).toBeCloseTo((86_400_000 / (max! - min!)) * track.width, 0);
	});

	it('is one tab stop, and arrow keys read the reports one by one', async () => {
		const app = shared();
		await loaded(app.page);
		await setTime(app.page, '2025-12-29T12:00:00+08:00');
		await expect.poll(() => currentDate(app.page)).toBe('2025-12-30');
		const stops = app.page.locator('[data-testid="activity-strip"] a[tabindex="0"]');
		expect(await stops.count()).toBe(1);
		await stops.focus();
		await app.page.keyboard.press('ArrowRight');
		const focused = () =>
			app.page.evaluate(() => document.activeElement?.getAttribute('data-date'));
		expect(await focused()).toBe('2025-12-31');
		await app.page.keyboard.press('ArrowLeft');
		await app.page.keyboard.press('ArrowLeft');
		expect(await focused()).toBe('2025-12-29');
		expect(
			await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
		).toMatch(/^MND report of 29 Dec 2025 .*navy ships/);
	});

	it('axe.run() finds no serious or critical violation in the strip', async () => {
		const app = shared();
		await loaded(app.page);
		await app.page.evaluate(axeSource);
		const violations = await app.page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: {
						run: (ctx: Element) => Promise<{ violations: { id: string; impact: string | null }[] }>;
					};
				}
			).axe;
			const result = await axe.run(document.querySelector('[data-testid="activity-strip"]')!);
			return result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => v.id);
		});
		expect(violations).toEqual([]);
	});
});

describe('the MND activity strip on a fresh load', () => {
	const open = freshApps();

	it('fits a 390 px phone without sideways scroll', async () => {
		const app = await open({ width: 390, height: 844 });
		await loaded(app.page);
		const overflow = await app.page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
	});

	it('setTime() over every reported day leaves the time bar one height, on a desktop and a phone', async () => {
		for (const [width, height] of [
			[1280, 800],
			[390, 844]
		] as const) {
			const app = await open({ width, height });
			await loaded(app.page);
			const heights = new Set<number>();
			for (const day of FILE.days) {
				await setTime(app.page, `${day.date}T04:00:00Z`);
				heights.add(
					await app.page.evaluate(async () => {
						await new Promise((r) => requestAnimationFrame(r));
						return Math.round(
							document.querySelector('.timebar-wrap')!.getBoundingClientRect().height
						);
					})
				);
			}
			expect([...heights], `${width} px`).toHaveLength(1);
		}
	});
});
