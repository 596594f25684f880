import { describe, expect, it } from 'vitest';
import { mapGlobalState } from '../../../../src/lib/core/map/mapGlobalState';
import { chunkTimes } from '../../../../src/lib/core/time/chunkTimes';
import { EVENT_FADE_MS } from '../../../../src/lib/core/style/timeExpressions';

const DAY = 86_400_000;
const chunks = [
	{ key: 'events-t-0', min: 0, max: DAY },
	{ key: 'events-t-1', min: 2 * DAY, max: 3 * DAY }
];

describe('mapGlobalState()', () => {
	it('mapGlobalState() writes the time, window and comparison keys', () => {
		expect(mapGlobalState({ t: 42, windowMs: 7, compare: true }, [])).toEqual({
			t: 42,
			zoneT: 42,
			eventT: 42,
			ageT: 42,
			windowMs: 7,
			compare: true
		});
	});

	it('mapGlobalState() holds the zones and story events at their last change', () => {
		const state = mapGlobalState({ t: 10 * DAY, windowMs: 0, compare: false }, [], {
			zones: [DAY, 5 * DAY, 20 * DAY],
			events: [2 * DAY, 3 * DAY]
		});
		expect([state.t, state.zoneT, state.eventT, state.ageT]).toEqual([
			10 * DAY,
			5 * DAY,
			3 * DAY,
			3 * DAY + EVENT_FADE_MS
		]);
	});

	it('mapGlobalState() gives each event chunk its time for the requested view, not another', () => {
		const at = (t: number) => mapGlobalState({ t, windowMs: 0, compare: false }, chunks);
		expect(at(2.5 * DAY)['events-t-1']).toBe(2.5 * DAY);
		expect(at(0.5 * DAY)['events-t-1']).toBe(2 * DAY - 1);
		expect(at(0.5 * DAY)).toMatchObject(chunkTimes(chunks, 0.5 * DAY, 0));
	});
});
