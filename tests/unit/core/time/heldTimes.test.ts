import { describe, expect, it } from 'vitest';
import {
	ageTime,
	eventBoundaries,
	heldTime,
	zoneBoundaries
} from '../../../../src/lib/core/time/heldTimes';
import { ENDED_ZONE_KEEP_MS, EVENT_FADE_MS } from '../../../../src/lib/core/style/timeExpressions';

const DAY = 86_400_000;

describe('heldTime()', () => {
	it('heldTime() gives the last boundary at or before the time', () => {
		expect([heldTime([10, 20], 10), heldTime([10, 20], 19), heldTime([10, 20], 25)]).toEqual([
			10, 10, 20
		]);
	});

	it('heldTime() holds a time before every boundary just before the first', () => {
		expect(heldTime([10, 20], -5)).toBe(9);
	});

	it('heldTime() follows the time when there are no boundaries', () => {
		expect(heldTime([], 42)).toBe(42);
	});
});

describe('zoneBoundaries()', () => {
	it('zoneBoundaries() lists each announcement, start, end and end of the ended spell, sorted', () => {
		expect(
			zoneBoundaries([
				{ announced_ts: 5, start_ts: 6, end_ts: 7 },
				{ announced_ts: 1, start_ts: 6, end_ts: 9 }
			])
		).toEqual([1, 5, 6, 7, 9, 7 + ENDED_ZONE_KEEP_MS, 9 + ENDED_ZONE_KEEP_MS]);
	});

	it('zoneBoundaries() leaves out timings that are not numbers', () => {
		expect(zoneBoundaries([{ announced_ts: 3, start_ts: null, end_ts: 'x' }])).toEqual([3]);
	});
});

describe('eventBoundaries()', () => {
	it('eventBoundaries() adds, with a window, when each event leaves it', () => {
		expect([eventBoundaries([5, 9], 0), eventBoundaries([5, 9], 2)]).toEqual([
			[5, 9],
			[5, 7, 9, 11]
		]);
	});
});

describe('ageTime()', () => {
	it('ageTime() follows the time while the newest event drawn is still fading', () => {
		expect(ageTime([0, DAY], 2 * DAY, 0)).toBe(2 * DAY);
	});

	it('ageTime() holds once every drawn event is fully faded', () => {
		expect([ageTime([0, DAY], 10 * DAY, 0), ageTime([0, DAY], 20 * DAY, 0)]).toEqual([
			DAY + EVENT_FADE_MS,
			DAY + EVENT_FADE_MS
		]);
	});

	it('ageTime() holds before the first event, and while the window has emptied', () => {
		expect([
			ageTime([5 * DAY], DAY, 0),
			ageTime([0], 2 * DAY, DAY),
			ageTime([0], 3 * DAY, DAY)
		]).toEqual([5 * DAY - 1, DAY, DAY]);
	});
});
