import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { chunkBounds, chunkTimes } from '../../../../src/lib/core/time/chunkTimes';
import {
	EVENT_FADE_MS,
	eventAgeDaysExpression,
	eventFilterExpression
} from '../../../../src/lib/core/style/timeExpressions';

const DAY = 86_400_000;
const chunk = { key: 'k', min: 10 * DAY, max: 12 * DAY };

/** How one event is drawn at time `now`: hidden, or its (capped) age in days. */
function drawn(ts: number, now: number, windowMs: number): number | 'hidden' {
	const state = { k: now, windowMs };
	const feature = { type: 1 as const, properties: { ts }, geometry: [] };
	if (!featureFilter(eventFilterExpression('k'), 'filter', state).filter({ zoom: 6 }, feature)) {
		return 'hidden';
	}
	const age = createExpression(eventAgeDaysExpression('k'), 'age', null, state);
	if (age.result !== 'success') throw new Error('age expression');
	return age.value.evaluate({ zoom: 6 }, feature) as number;
}

describe('chunkTimes()', () => {
	it('chunkTimes() holds a chunk entirely in the future just before its first event', () => {
		expect(chunkTimes([chunk], 5 * DAY, 0)).toEqual({ k: 10 * DAY - 1 });
	});

	it('chunkTimes() holds a fully faded past chunk at its last event plus the fade', () => {
		expect(chunkTimes([chunk], 40 * DAY, 0)).toEqual({ k: 12 * DAY + EVENT_FADE_MS });
	});

	it('chunkTimes() lets the chunk the time is in follow the time', () => {
		expect(chunkTimes([chunk], 11 * DAY, 0)).toEqual({ k: 11 * DAY });
	});

	it('chunkTimes() holds a chunk older than the moving window past its edge', () => {
		expect(chunkTimes([chunk], 30 * DAY, 7 * DAY)).toEqual({ k: 12 * DAY + 7 * DAY });
	});

	it('chunkTimes() gives the same value for every time in a frozen range (no reload)', () => {
		expect(chunkTimes([chunk], 40 * DAY, 0)).toEqual(chunkTimes([chunk], 50 * DAY, 0));
	});

	it('chunkTimes() draws every event exactly as the true time would', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 60 * DAY }), { minLength: 1, maxLength: 40 }),
				fc.integer({ min: -5 * DAY, max: 70 * DAY }),
				fc.constantFrom(0, DAY, 7 * DAY),
				fc.integer({ min: 1, max: 8 }),
				(times, t, windowMs, size) => {
					const sorted = [...times].sort((a, b) => a - b);
					const chunks = chunkBounds(sorted, size, 'k');
					const held = chunkTimes(chunks, t, windowMs);
					sorted.forEach((ts, i) => {
						const key = chunks[Math.floor(i / size)]!.key;
						expect(drawn(ts, held[key]!, windowMs)).toEqual(drawn(ts, t, windowMs));
					});
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('chunkBounds()', () => {
	it('chunkBounds() splits sorted times into ranges of at most `size`', () => {
		expect(chunkBounds([1, 2, 3, 4, 5], 2, 'c')).toEqual([
			{ key: 'c0', min: 1, max: 2 },
			{ key: 'c1', min: 3, max: 4 },
			{ key: 'c2', min: 5, max: 5 }
		]);
	});
});
