import { describe, expect, it } from 'vitest';
import { formatTime, zoneLabel } from '../../../../src/lib/core/time/formatTime';
import { formatLocalDate } from '../../../../src/lib/core/time/formatLocalDate';

describe('formatTime()', () => {
	const liveFire = Date.UTC(2025, 11, 30, 0, 0); // 08:00 in Taipei

	it('formatTime(t, "taipei") shows Taipei time, UTC+8', () => {
		expect(formatTime(liveFire, 'taipei')).toBe('30 Dec 2025, 08:00');
	});

	it('formatTime(t, "utc") shows UTC', () => {
		expect(formatTime(liveFire, 'utc')).toBe('30 Dec 2025, 00:00');
	});

	it('formatTime() crosses midnight into the Taipei date', () => {
		expect(formatTime(Date.UTC(2025, 11, 31, 16, 30), 'taipei')).toBe('1 Jan 2026, 00:30');
	});

	it('formatTime(t, zone, "day") leaves out the clock time', () => {
		expect(formatTime(liveFire, 'taipei', 'day')).toBe('30 Dec 2025');
	});

	it('formatTime(t, zone, "month") shows only month and year', () => {
		expect(formatTime(liveFire, 'utc', 'month')).toBe('Dec 2025');
	});

	it('zoneLabel() names the zone and its offset', () => {
		expect(zoneLabel('taipei')).toBe('Taipei time (UTC+8)');
		expect(zoneLabel('utc')).toBe('UTC');
	});
});

describe('formatLocalDate()', () => {
	it('formatLocalDate() keeps the date where the event happened', () => {
		expect(formatLocalDate('2025-11-07T00:00:00+09:00')).toBe('7 Nov 2025');
	});

	it('formatLocalDate(iso, "month") shows month and year', () => {
		expect(formatLocalDate('2026-03-01T00:00:00-05:00', 'month')).toBe('Mar 2026');
	});

	it('formatLocalDate() returns null for a malformed string', () => {
		expect(formatLocalDate('yesterday')).toBeNull();
		expect(formatLocalDate('2025-13-01T00:00:00Z')).toBeNull();
	});
});
