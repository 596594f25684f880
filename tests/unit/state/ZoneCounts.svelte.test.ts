import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { COUNT_BUDGET_MS, COUNT_SLICE, ZoneCounts } from '../../../src/lib/state/ZoneCounts.svelte';
import { countInZones } from '../../../src/lib/core/import/countInZones';

const square = (x: number): Feature<Polygon> => ({
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[x, 0],
				[x + 1, 0],
				[x + 1, 1],
				[x, 1],
				[x, 0]
			]
		]
	}
});
const points = {
	count: 3,
	lon: new Float64Array([0.5, 0.6, 2.5]),
	lat: new Float64Array([0.5, 0.5, 0.5]),
	start: new Float64Array([1, 2, 3])
};

/**
 * A ZoneCounts whose tasks run when `run()` is called, one per call, once the code is loaded.
 * Its clock moves a whole budget at each reading unless `still`: a task then counts one slice.
 */
function manual(still = false) {
	const queue: (() => void)[] = [];
	let clock = 0;
	const counts = new ZoneCounts(
		(fn) => queue.push(fn),
		async () => countInZones,
		() => (still ? clock : (clock += COUNT_BUDGET_MS))
	);
	const loaded = () => new Promise((r) => setTimeout(r, 0));
	return { counts, run: () => queue.shift()?.(), pending: () => queue.length, loaded };
}

describe('ZoneCounts', () => {
	it('countsOf counts one slice per task once each slice uses up the budget, and gives the counts once all are made', async () => {
		const { counts, run, pending, loaded } = manual();
		const zones = [square(0), square(2)];
		expect(counts.countsOf(points, zones)).toBeNull();
		await loaded();
		run();
		expect(pending()).toBe(1);
		expect(counts.countsOf(points, zones)).toBeNull();
		run();
		run();
		expect(counts.countsOf(points, zones)).toEqual([2, 1]);
	});

	it('countsOf counts nothing again for the same points and zone geometries', async () => {
		const { counts, run, pending, loaded } = manual();
		const zones = [square(0)];
		counts.countsOf(points, zones);
		await loaded();
		while (pending()) run();
		// The zones in another language: new features, the same geometries.
		const renamed = zones.map((z) => ({ ...z, properties: { name: 'другой' } }));
		expect(counts.countsOf(points, renamed)).toEqual([2]);
		expect(pending()).toBe(0);
	});

	it('countsOf counts a zone of more than a slice of points over several tasks, to the same count', async () => {
		const { counts, run, pending, loaded } = manual();
		const n = COUNT_SLICE * 2 + 5;
		const many = {
			count: n,
			lon: Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 2.5 : 0.25 + (i % 7) / 10)),
			lat: new Float64Array(n).fill(0.5),
			start: Float64Array.from({ length: n }, (_, i) => i)
		};
		const zones = [square(0)];
		counts.countsOf(many, zones);
		await loaded();
		let tasks = 0;
		while (pending()) {
			run();
			tasks++;
		}
		expect(tasks).toBe(3);
		expect(counts.countsOf(many, zones)).toEqual(countInZones(many, zones));
	});

	it('countsOf counts every zone in one task while the budget lasts', async () => {
		const { counts, run, pending, loaded } = manual(true);
		const zones = [square(0), square(2)];
		counts.countsOf(points, zones);
		await loaded();
		run();
		expect(pending()).toBe(0);
		expect(counts.countsOf(points, zones)).toEqual([2, 1]);
	});
});
