// Text output of the benchmark: timing rows and cost breakdowns side by side.
import { COSTS } from './probe.mjs';
import { round } from './stats.mjs';

/**
 * One timing row: median, min, max, spread (IQR / median) and n.
 * @param {string} name
 * @param {{ median: number, min: number, max: number, spread: number, n: number }} s
 */
export function row(name, s) {
	const n = (/** @type {number} */ x) => String(round(x)).padStart(8);
	return `${name.padEnd(56)} ${n(s.median)} ${n(s.min)} ${n(s.max)} ${`${round(s.spread * 100, 0)}%`.padStart(7)}  ${s.n}`;
}

/** The header line for `row`. */
export function header() {
	return `${'figure'.padEnd(56)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)} ${'spread'.padStart(7)}  n`;
}

/**
 * One row of a side-by-side table: a label, two values and their signed difference, in columns
 * of the given widths, rounded to `digits` decimals.
 * @param {string} label
 * @param {number} x
 * @param {number} y
 * @param {[number, number, number]} widths label, each value, difference
 */
export function pairRow(label, x, y, [labelW, valueW, diffW], digits = 1) {
	const d = x - y;
	const signed = `${d >= 0 ? '+' : ''}${round(d, digits)}`;
	return `  ${label.padEnd(labelW)} ${String(round(x, digits)).padStart(valueW)} ${String(round(y, digits)).padStart(valueW)} ${signed.padStart(diffW)}`;
}

/**
 * The median costs of two spans side by side, with the difference: what the app costs more
 * than its floor, cost by cost.
 * @param {string} title
 * @param {[string, Record<string, any>]} a
 * @param {[string, Record<string, any>]} b
 */
export function costTable(title, [aName, a], [bName, b]) {
	const lines = [`${title}`];
	lines.push(
		`  ${'cost (median)'.padEnd(18)} ${aName.padStart(10)} ${bName.padStart(10)} ${'difference'.padStart(11)}`
	);
	for (const [key, label] of COSTS) {
		if (a[key] === undefined && b[key] === undefined) continue;
		const scale = key === 'bytes' ? 1 / 1024 : 1;
		lines.push(pairRow(label, (a[key] ?? 0) * scale, (b[key] ?? 0) * scale, [18, 10, 11]));
	}
	const sources = (/** @type {Record<string, number>} */ o) =>
		Object.entries(o ?? {})
			.filter(([, v]) => v)
			.map(([k, v]) => `${k} ${round(v, 0)}`)
			.join(', ') || 'none';
	lines.push(`  tiles laid out by source: ${aName}: ${sources(a.layoutsBySource)}`);
	lines.push(`  ${' '.repeat(26)}${bName}: ${sources(b.layoutsBySource)}`);
	if (Object.values(a.reloadsBySource ?? {}).some(Boolean)) {
		lines.push(`  tiles reloaded by source: ${aName}: ${sources(a.reloadsBySource)}`);
	}
	return lines.join('\n');
}

/** The milestones of a load, in the order they happen, with the words a timeline prints. */
const MILESTONES = [
	['mount', 'app mounted (strait-atlas:mount)'],
	['mapCreated', 'map created (WebGL context)'],
	['firstTileAsked', 'first tile asked of the worker'],
	['firstFrame', 'first frame (app: complete)'],
	['idle', 'idle']
];

/**
 * When each of two loads reached each milestone (medians, ms from navigation), and the gap: a
 * gap already there when the map is created lies before MapLibre, one that opens later, in it.
 * Milestones one side lacks (the bare page never mounts) are left out.
 * @param {string} title
 * @param {[string, Record<string, any>]} a costs with `ms` (idle) and `marks`
 * @param {[string, Record<string, any>]} b
 */
export function timelineTable(title, [aName, a], [bName, b]) {
	const at = (/** @type {Record<string, any>} */ c, /** @type {string} */ key) =>
		key === 'idle' ? c.ms : c.marks?.[key];
	const lines = [title];
	lines.push(
		`  ${'milestone'.padEnd(32)} ${aName.padStart(8)} ${bName.padStart(8)} ${'gap'.padStart(8)}`
	);
	for (const [key, label] of MILESTONES) {
		const [x, y] = [at(a, key), at(b, key)];
		if (x !== undefined && y !== undefined) lines.push(pairRow(label, x, y, [32, 8, 8], 0));
	}
	return lines.join('\n');
}
