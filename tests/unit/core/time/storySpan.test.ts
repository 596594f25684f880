import { describe, expect, it } from 'vitest';
import { storySpan } from '../../../../src/lib/core/time/storySpan';
import { ev, sorted } from '../../../fixtures/timedEvents';

describe('storySpan()', () => {
	it('storySpan() of no story event is null', () => {
		expect(storySpan([ev('bg', 0, { background: true })])).toBeNull();
	});

	it('storySpan() runs from a day before the first story event to 3 days after the last', () => {
		expect(storySpan(sorted)).toEqual([Date.UTC(2025, 10, 6), Date.UTC(2026, 0, 5)]);
	});

	it('storySpan() leaves out background and future events', () => {
		const events = [
			ev('bg', Date.UTC(2025, 6, 22), { background: true }),
			...sorted,
			ev('g20', Date.UTC(2026, 11, 14), { future: true })
		];
		expect(storySpan(events)).toEqual([Date.UTC(2025, 10, 6), Date.UTC(2026, 0, 5)]);
	});
});
