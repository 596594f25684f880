import { describe, expect, it } from 'vitest';
import { legLabel, Measure } from '../../../src/lib/state/Measure.svelte';

describe('Measure', () => {
	it('add() twice gives a leg with distance and bearing', async () => {
		const m = new Measure();
		m.add([0, 0]);
		m.add([1, 0]);
		await m.load();
		expect(m.leg?.distance.km).toBeCloseTo(111.2, 0);
		expect(m.leg?.bearing).toBeCloseTo(90, 5);
	});

	it('add() a third time starts a new measurement', () => {
		const m = new Measure();
		m.add([0, 0]);
		m.add([1, 0]);
		m.add([2, 2]);
		expect(m.points).toEqual([[2, 2]]);
		expect(m.leg).toBeNull();
	});

	it('drawing holds the range ring, the points, the leg and their labels', async () => {
		const m = new Measure();
		m.radiusNm = 12;
		m.add([121, 24]);
		m.add([122, 24]);
		await m.load();
		const kinds = m.drawing.features.map((f) => f.properties?.kind);
		expect(kinds).toEqual([
			'range-ring',
			'label',
			'measure-point',
			'measure-point',
			'measure-leg',
			'label'
		]);
	});

	it('load() brings the geometry: until then the leg and the ring wait', async () => {
		const m = new Measure();
		m.add([121, 24]);
		m.add([122, 24]);
		const before = [m.leg, m.drawing.features.map((f) => f.properties?.kind)];
		await m.load();
		expect(before).toEqual([null, ['measure-point', 'measure-point']]);
		expect(m.leg).not.toBeNull();
	});

	it('stop() leaves the tool and clears the points', () => {
		const m = new Measure();
		m.toggle();
		m.add([0, 0]);
		m.stop();
		expect(m.active).toBe(false);
		expect(m.points).toEqual([]);
	});

	it('legLabel() reads nm, km and bearing', () => {
		expect(legLabel({ distance: { km: 100, nm: 54 }, bearing: 89.6 })).toBe(
			'54.0 nm · 100.0 km · 90°'
		);
	});

	it('legLabel(leg, unit) writes the nautical-mile unit given', () => {
		expect(legLabel({ distance: { km: 100, nm: 54 }, bearing: 89.6 }, '浬')).toBe(
			'54.0 浬 · 100.0 km · 90°'
		);
	});
});
