import { describe, expect, it } from 'vitest';
import { formatEventTime, offsetLabel } from '../../../../src/lib/core/time/formatEventTime';

const at = (time: string, time_precision: string) => ({
	ts: Date.parse(time),
	time,
	time_precision
});

describe('formatEventTime()', () => {
	it('formatEventTime() shows a Tokyo date-only event on its Tokyo date with its place', () => {
		const remark = at('2025-11-07T00:00:00+09:00', 'day');
		expect(formatEventTime(remark, 'taipei', 'Tokyo')).toBe('7 Nov 2025, Tokyo');
	});

	it('formatEventTime() keeps a Washington date-only event on its Washington date in UTC display', () => {
		const arms = at('2025-12-17T00:00:00-05:00', 'day');
		expect(formatEventTime(arms, 'utc', 'Washington, D.C.')).toBe('17 Dec 2025, Washington, D.C.');
	});

	it('formatEventTime() gives a date-only event without a place its UTC offset', () => {
		expect(formatEventTime(at('2025-11-07T00:00:00+09:00', 'day'), 'taipei')).toBe(
			'7 Nov 2025 (UTC+9)'
		);
	});

	it('formatEventTime() shows a month-only event as its month', () => {
		expect(formatEventTime(at('2026-03-01T00:00:00-05:00', 'month'), 'taipei', 'Washington')).toBe(
			'Mar 2026, Washington'
		);
	});

	it('formatEventTime() shows an event known to the hour in the display zone', () => {
		const fire = at('2025-12-30T08:00:00+08:00', 'hour');
		expect(formatEventTime(fire, 'taipei', 'zone 3')).toBe('30 Dec 2025, 08:00');
		expect(formatEventTime(fire, 'utc', 'zone 3')).toBe('30 Dec 2025, 00:00');
	});
});

describe('offsetLabel()', () => {
	it('offsetLabel() reads positive, negative, half-hour and zero offsets', () => {
		expect(offsetLabel('2025-11-07T00:00:00+09:00')).toBe('UTC+9');
		expect(offsetLabel('2025-12-17T00:00:00-05:00')).toBe('UTC−5');
		expect(offsetLabel('2025-12-17T00:00:00+05:30')).toBe('UTC+5:30');
		expect(offsetLabel('2025-12-17T00:00:00Z')).toBe('UTC');
		expect(offsetLabel('2025-12-17')).toBeNull();
	});
});
