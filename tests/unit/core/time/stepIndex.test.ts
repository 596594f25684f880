import { describe, expect, it } from 'vitest';
import { currentIndex, stepIndex } from '../../../../src/lib/core/time/stepIndex';

const ev = (id: string, ts: number) => ({ id, ts });
const T1 = Date.UTC(2025, 11, 30);
const T2 = Date.UTC(2025, 11, 31);
/** Two events share T2 (the end of the drills and Xi's address). */
const sorted = [ev('a', T1), ev('b', T2), ev('c', T2), ev('d', Date.UTC(2026, 0, 1))];

describe('stepIndex()', () => {
	it('stepIndex() forward from a tie leader stops on the event sharing its time', () => {
		expect(stepIndex(sorted, T2, 1, 1)).toBe(2);
	});

	it('stepIndex() backward from the second of a tie stops on the first', () => {
		expect(stepIndex(sorted, T2, 2, -1)).toBe(1);
	});

	it('stepIndex() forward from before a tie stops on its first event', () => {
		expect(stepIndex(sorted, T1, 0, 1)).toBe(1);
	});

	it('stepIndex() with no cursor on a tie treats the last of the tie as current', () => {
		expect(stepIndex(sorted, T2, null, 1)).toBe(3);
		expect(stepIndex(sorted, T2, null, -1)).toBe(1);
	});

	it('stepIndex() between events goes to the neighbours of the time', () => {
		expect(stepIndex(sorted, T1 + 1, null, -1)).toBe(0);
		expect(stepIndex(sorted, T1 + 1, null, 1)).toBe(1);
	});

	it('stepIndex() ignores a cursor the time has moved away from', () => {
		expect(stepIndex(sorted, T1 + 1, 3, 1)).toBe(1);
	});

	it('stepIndex() returns null past the last event and before the first', () => {
		expect(stepIndex(sorted, sorted[3]!.ts, 3, 1)).toBeNull();
		expect(stepIndex(sorted, T1, 0, -1)).toBeNull();
		expect(stepIndex(sorted, T1 - 1, null, -1)).toBeNull();
	});

	it('stepIndex() visits every event once, ties included, in both directions', () => {
		const forward: number[] = [];
		let cursor: number | null = null;
		let t = T1 - 1;
		for (let i = stepIndex(sorted, t, cursor, 1); i !== null; i = stepIndex(sorted, t, cursor, 1)) {
			forward.push(i);
			cursor = i;
			t = sorted[i]!.ts;
		}
		expect(forward).toEqual([0, 1, 2, 3]);
		const back: number[] = [];
		for (
			let i = stepIndex(sorted, t, cursor, -1);
			i !== null;
			i = stepIndex(sorted, t, cursor, -1)
		) {
			back.push(i);
			cursor = i;
			t = sorted[i]!.ts;
		}
		expect(back).toEqual([2, 1, 0]);
	});
});

describe('currentIndex()', () => {
	it('currentIndex() keeps the cursor while the time sits on its event', () => {
		expect(currentIndex(sorted, T2, 1)).toBe(1);
	});

	it('currentIndex() without a cursor is the last event at or before the time', () => {
		expect(currentIndex(sorted, T2, null)).toBe(2);
		expect(currentIndex(sorted, T1 - 1, null)).toBe(-1);
	});
});
