import { describe, expect, it } from 'vitest';
import {
	adjacentEvent,
	eventAt,
	eventsInWindow
} from '../../../../src/lib/core/time/eventsInWindow';
import { sorted } from '../../../fixtures/timedEvents';

const DAY = 86_400_000;

describe('eventsInWindow()', () => {
	it('eventsInWindow(events, t, 0) includes everything up to and at t', () => {
		expect(eventsInWindow(sorted, Date.UTC(2025, 11, 30, 0), 0).map((e) => e.id)).toEqual([
			'a',
			'b',
			'c'
		]);
	});

	it('eventsInWindow(events, t, 7 days) keeps only (t - 7 days, t]', () => {
		const t = Date.UTC(2025, 10, 14);
		expect(eventsInWindow(sorted, t, 7 * DAY).map((e) => e.id)).toEqual(['b']);
		expect(eventsInWindow(sorted, t, 7 * DAY + 1).map((e) => e.id)).toEqual(['a', 'b']);
	});

	it('eventsInWindow() with a window that is not a number is empty, as on the map', () => {
		// The layer filter's window tests are all false for NaN, so the map draws no event.
		expect(eventsInWindow(sorted, Date.UTC(2025, 11, 30), Number.NaN)).toEqual([]);
	});

	it('eventsInWindow() at a time that is not a number is empty, as on the map', () => {
		expect(eventsInWindow(sorted, Number.NaN, 0)).toEqual([]);
	});

	it('eventsInWindow() before the first event is empty', () => {
		expect(eventsInWindow(sorted, Date.UTC(2025, 0, 1), 0)).toEqual([]);
	});

	it('eventsInWindow() does not mutate its input', () => {
		const copy = structuredClone(sorted);
		eventsInWindow(sorted, Date.UTC(2026, 0, 1), DAY);
		expect(sorted).toEqual(copy);
	});
});

describe('eventAt() and adjacentEvent()', () => {
	it('eventAt(events, t) is the last event at or before t', () => {
		expect(eventAt(sorted, Date.UTC(2025, 11, 1))?.id).toBe('b');
		expect(eventAt(sorted, Date.UTC(2025, 11, 30, 0))?.id).toBe('c');
		expect(eventAt(sorted, 0)).toBeNull();
	});

	it('adjacentEvent(events, t, 1) is the first event strictly after t', () => {
		expect(adjacentEvent(sorted, Date.UTC(2025, 11, 30, 0), 1)?.id).toBe('d');
	});

	it('adjacentEvent(events, t, -1) is the last event strictly before t', () => {
		expect(adjacentEvent(sorted, Date.UTC(2025, 11, 30, 0), -1)?.id).toBe('b');
		expect(adjacentEvent(sorted, Date.UTC(2025, 10, 7), -1)).toBeNull();
	});
});
