import { describe, expect, it } from 'vitest';
import { EVENT_AGE_KEYS, eventAge, isDrawnAge } from '../../../../src/lib/core/map/eventAge';
import { EVENT_FADE_MS } from '../../../../src/lib/core/style/timeExpressions';

const DAY = 86_400_000;
const at = (eventT: number, ageT = eventT, windowMs = 0) => ({ eventT, ageT, windowMs });

describe('eventAge', () => {
	it('eventAge() is the age in days at ageT of an event drawn at eventT', () => {
		expect(eventAge({ ts: 0 }, at(DAY, DAY / 2))).toBe(0.5);
	});

	it('eventAge() reads no global-state key but EVENT_AGE_KEYS', () => {
		// EventAges skips a step that moves none of EVENT_AGE_KEYS: a key read beside them would
		// leave ages stale.
		const read = new Set<string | symbol>();
		const state = new Proxy({ ...at(2 * DAY, DAY, 3 * DAY), other: 1 } as Record<string, unknown>, {
			get: (target, key) => (read.add(key), target[key as string])
		});
		eventAge({ ts: DAY / 2 }, state);
		expect([...read].sort()).toEqual([...EVENT_AGE_KEYS].sort());
	});

	it('eventAge() is null for an event after eventT', () => {
		expect(eventAge({ ts: DAY }, at(DAY - 1))).toBeNull();
	});

	it('eventAge() is null for an event that has left the moving window', () => {
		expect(eventAge({ ts: 0 }, at(2 * DAY, 2 * DAY, DAY))).toBeNull();
	});

	it('eventAge() stops at the fade', () => {
		expect(eventAge({ ts: 0 }, at(30 * DAY))).toBe(EVENT_FADE_MS / DAY);
	});

	it('eventAge() is null for an event whose time is not a number', () => {
		expect(eventAge({ ts: '2025-12-29' }, at(Date.parse('2026-01-01')))).toBeNull();
	});
});

describe('isDrawnAge', () => {
	it('isDrawnAge() keeps an age of 0 and more, and nothing else', () => {
		expect([0, 2.5, -1, null, undefined, Number.NaN, '1'].map(isDrawnAge)).toEqual([
			true,
			true,
			false,
			false,
			false,
			false,
			false
		]);
	});
});
