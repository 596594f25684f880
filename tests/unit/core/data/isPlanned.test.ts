import { describe, expect, it } from 'vitest';
import { asOfEnd, isPlanned, stalePlannedReason } from '../../../../src/lib/core/data/isPlanned';

describe('isPlanned()', () => {
	it('isPlanned() is true for an event after the end of the as-of day', () => {
		expect(isPlanned('2026-12-14T00:00:00-05:00', '2026-11-30')).toBe(true);
	});

	it('isPlanned() is false for an event on or before the as-of day', () => {
		expect(isPlanned('2026-03-19T00:00:00-04:00', '2026-11-30')).toBe(false);
		expect(isPlanned('2026-11-30T12:00:00Z', '2026-11-30')).toBe(false);
	});

	it('isPlanned() is true from the first instant after the as-of day (UTC)', () => {
		expect(isPlanned('2026-12-01T00:00:00Z', '2026-11-30')).toBe(true);
		expect(isPlanned('2026-11-30T23:59:59Z', '2026-11-30')).toBe(false);
	});

	it('isPlanned() is false when the time or the as-of date cannot be read', () => {
		expect(isPlanned('someday', '2026-11-30')).toBe(false);
		expect(isPlanned('2026-12-14T00:00:00-05:00', undefined)).toBe(false);
	});

	it('asOfEnd() is midnight UTC after the as-of day', () => {
		expect(asOfEnd('2026-11-30')).toBe(Date.UTC(2026, 11, 1));
		expect(asOfEnd('30 Nov')).toBeNull();
	});
});

describe('stalePlannedReason()', () => {
	const past = { time: '2026-03-01T00:00:00-05:00', name: 'Takaichi visits the United States' };

	it('stalePlannedReason() reports a stored future flag on a past event', () => {
		expect(stalePlannedReason({ ...past, future: true }, '2026-11-30')).toMatch(/flagged "future"/);
	});

	it('stalePlannedReason() reports a past event still named as planned', () => {
		expect(stalePlannedReason({ ...past, name: 'Planned: a visit' }, '2026-11-30')).toMatch(
			/named as planned/
		);
	});

	it('stalePlannedReason() accepts a past event that is not presented as planned', () => {
		expect(stalePlannedReason(past, '2026-11-30')).toBeNull();
	});

	it('stalePlannedReason() accepts a planned event that is still in the future', () => {
		const g20 = { time: '2026-12-14T00:00:00-05:00', name: 'Planned: G20', future: true };
		expect(stalePlannedReason(g20, '2026-11-30')).toBeNull();
	});
});
