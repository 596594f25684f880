import { describe, expect, it } from 'vitest';
import { eventInTime, zoneInTime } from '../../../../src/lib/core/time/shownAt';
import { ENDED_ZONE_KEEP_MS } from '../../../../src/lib/core/style/timeExpressions';

const DAY = 86_400_000;

describe('zoneInTime()', () => {
	const zone = { announced_ts: 10 * DAY, end_ts: 12 * DAY };

	it('zoneInTime() is false before the announcement and true from it', () => {
		expect(zoneInTime(zone, 10 * DAY - 1)).toBe(false);
		expect(zoneInTime(zone, 10 * DAY)).toBe(true);
	});

	it('zoneInTime() keeps an ended zone until ENDED_ZONE_KEEP_MS after its end', () => {
		expect(zoneInTime(zone, 12 * DAY + ENDED_ZONE_KEEP_MS - 1)).toBe(true);
		expect(zoneInTime(zone, 12 * DAY + ENDED_ZONE_KEEP_MS)).toBe(false);
	});
});

describe('eventInTime()', () => {
	it('eventInTime() shows an event at or before the time', () => {
		expect(eventInTime(5 * DAY, 5 * DAY, 0)).toBe(true);
		expect(eventInTime(5 * DAY + 1, 5 * DAY, 0)).toBe(false);
	});

	it('eventInTime() drops an event older than the window', () => {
		expect(eventInTime(5 * DAY, 6 * DAY - 1, DAY)).toBe(true);
		expect(eventInTime(5 * DAY, 6 * DAY, DAY)).toBe(false);
	});
});
