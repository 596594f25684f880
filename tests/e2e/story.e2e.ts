import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { followLink, freshApps, sharedApp } from './util';

const story = JSON.parse(
	readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8')
) as { steps: { id: string; event?: string }[] };

const card = (page: Page) => page.locator('section.story');
const hash = (page: Page) => page.evaluate(() => location.hash);

describe('the guided story', () => {
	const shared = sharedApp();

	it('Story opens the opening screen and the arrow keys step through it, into the URL', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		await app.page.getByRole('button', { name: 'Story', exact: true }).click();
		await card(app.page).waitFor();
		await expect.poll(() => card(app.page).getAttribute('data-step')).toBe('intro');
		await app.page.keyboard.press('ArrowRight');
		const first = story.steps[0]!;
		await expect.poll(() => card(app.page).getAttribute('data-step')).toBe(first.id);
		await expect.poll(() => hash(app.page)).toContain(`story=${first.id}`);
		if (first.event) await expect.poll(() => hash(app.page)).toContain(`event=${first.event}`);
		await app.page.keyboard.press('ArrowRight');
		await expect.poll(() => card(app.page).getAttribute('data-step')).toBe(story.steps[1]!.id);
		await app.page.keyboard.press('ArrowLeft');
		await expect.poll(() => card(app.page).getAttribute('data-step')).toBe(first.id);
	});

	it('a link with story=<step> restores that step, its event and its time', async () => {
		const step = story.steps.find((s) => s.event === 'jm2025-live-fire')!;
		const app = shared();
		await followLink(app.page, '#t=2025-11-20T00:00:00Z');
		await followLink(app.page, `#story=${step.id}`);
		await expect.poll(() => card(app.page).getAttribute('data-step')).toBe(step.id);
		await expect.poll(() => app.page.locator('#detail-title').textContent()).toMatch(/Live fire/i);
		expect(await app.page.evaluate(() => window.straitAtlas!.time)).toBe(
			'2025-12-30T00:00:00.000Z'
		);
	});

	it('a link to another step while the story is open shows that step, its event and its time', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-11-20T00:00:00Z');
		await app.page.getByRole('button', { name: 'Story', exact: true }).click();
		await expect.poll(() => card(app.page).getAttribute('data-step')).toBe('intro');
		await app.page.keyboard.press('ArrowRight');
		await expect.poll(() => card(app.page).getAttribute('data-step')).toBe(story.steps[0]!.id);
		const step = story.steps.find((s) => s.event === 'jm2025-live-fire')!;
		await followLink(app.page, `#story=${step.id}`);
		await expect.poll(() => card(app.page).getAttribute('data-step')).toBe(step.id);
		await expect.poll(() => app.page.locator('#detail-title').textContent()).toMatch(/Live fire/i);
		expect(await app.page.evaluate(() => window.straitAtlas!.time)).toBe(
			'2025-12-30T00:00:00.000Z'
		);
	});

	it('Escape closes the story, the URL forgets it and focus returns to the Story button', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		const button = app.page.getByRole('button', { name: 'Story', exact: true });
		await button.click();
		await card(app.page).waitFor();
		await app.page.keyboard.press('Escape');
		await card(app.page).waitFor({ state: 'detached' });
		await expect.poll(() => hash(app.page)).not.toContain('story=');
		expect(await app.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
			'Story'
		);
	});

	it('axe.run() finds no serious or critical violation with the story open', async () => {
		const app = shared();
		await followLink(app.page, '#t=2025-12-30T00:00:00Z');
		await app.page.getByRole('button', { name: 'Story', exact: true }).click();
		await card(app.page).waitFor();
		await app.page.keyboard.press('ArrowRight');
		expect(await seriousViolations(app.page)).toEqual([]);
	});
});

describe('keyboard', () => {
	const open = freshApps();

	it('the first Tab reaches the skip link, and Enter on it moves focus to the map', async () => {
		const app = await open();
		await app.page.keyboard.press('Tab');
		expect(await app.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
			'Skip to the map'
		);
		await app.page.keyboard.press('Enter');
		expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('map');
		// A skip link moves focus, not the view: the hash is not read as a link.
		expect(await app.page.locator('.link-issues').count()).toBe(0);
	});

	it('Tab reaches every control with a visible focus ring inside the window', async () => {
		const app = await open();
		const seen: string[] = [];
		for (let i = 0; i < 160; i++) {
			await app.page.keyboard.press('Tab');
			const f = await app.page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const r = el.getBoundingClientRect();
				const s = getComputedStyle(el);
				return {
					name: `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`,
					// An outline, or MapLibre's own focus glow on its buttons (a box-shadow).
					ring:
						(s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
					inside:
						r.width > 0 &&
						r.height > 0 &&
						r.left >= -4 &&
						r.top >= -4 &&
						r.right <= innerWidth + 4 &&
						r.bottom <= innerHeight + 4
				};
			});
			if (!f) continue;
			// Back at the first stop: the whole page has been walked.
			if (seen.length > 3 && f.name === seen[0]) break;
			seen.push(f.name);
			expect(f.ring, `${f.name} has a focus ring`).toBe(true);
			expect(f.inside, `${f.name} is inside the window`).toBe(true);
		}
		expect(seen.some((n) => n.includes('Play'))).toBe(true);
		expect(seen.some((n) => n.startsWith('input'))).toBe(true);
	});
});
