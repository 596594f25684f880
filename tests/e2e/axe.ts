import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

interface AxeResult {
	violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe-core on the page and lists its serious and critical violations, each with its rule,
 * help text and where. Evaluated through the DevTools protocol, so the page's CSP still holds.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const result = (await page.evaluate(() =>
		(window as unknown as { axe: { run: (ctx: Document) => Promise<unknown> } }).axe.run(document)
	)) as AxeResult;
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
