import { describe, expect, it } from 'vitest';
import { sliderMarkers, type MarkedEvent } from '../../../../src/lib/core/time/sliderMarkers';

const ev = (id: string, ts: number, category = 'military'): MarkedEvent => ({
	id,
	ts,
	category,
	name: `Event ${id}`
});
const x = (ts: number) => ts / 10;

describe('sliderMarkers', () => {
	it('sliderMarkers gives one mark per event in the span while there are few', () => {
		const marks = sliderMarkers([ev('a', 10), ev('b', 500), ev('c', 5000)], [0, 1000], x);
		expect(marks.map((m) => [m.key, m.x, m.count, m.name])).toEqual([
			['a', 1, 1, 'Event a'],
			['b', 50, 1, 'Event b']
		]);
	});

	it('sliderMarkers groups events by position beyond the maximum', () => {
		const events = Array.from({ length: 1000 }, (_, i) => ev(`e${i}`, i));
		const marks = sliderMarkers(events, [0, 999], x, 400, 4);
		expect(marks).toHaveLength(25); // 100 px across, one mark per 4 px
		expect(marks.reduce((s, m) => s + m.count, 0)).toBe(1000);
		expect(marks.every((m) => m.id === null && m.name === null)).toBe(true);
	});

	it('sliderMarkers gives a group its earliest time and its most frequent category', () => {
		const events = [
			...Array.from({ length: 5 }, (_, i) => ev(`m${i}`, 20 + i, 'military')),
			ev('d1', 3, 'diplomatic'),
			ev('d2', 4, 'diplomatic')
		];
		const [mark] = sliderMarkers(events, [0, 100], x, 2, 10);
		expect(mark).toMatchObject({ key: 'bin-0', first: 3, category: 'military', count: 7 });
	});
});
