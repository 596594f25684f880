import { describe, expect, it } from 'vitest';
import { timeStampText } from '../../../../src/lib/core/export/timeStampText';
import {
	formatLocalDateIn,
	formatShortTimeIn,
	formatTickIn,
	formatTimeIn,
	formatTimeWithZone,
	timeStampTextIn,
	zoneLabelIn
} from '../../../../src/lib/core/time/formatTimeIn';

const liveFire = Date.UTC(2025, 11, 30, 0, 0); // 08:00 in Taipei

describe('formatTimeIn()', () => {
	it('formatTimeIn("en") keeps the English format', () => {
		expect(formatTimeIn('en', liveFire, 'taipei')).toBe('30 Dec 2025, 08:00');
	});

	it('formatTimeIn("zh-Hant") writes the date the Taiwanese way, two-digit hour', () => {
		expect(formatTimeIn('zh-Hant', liveFire, 'taipei')).toBe('2025年12月30日 08:00');
	});

	it('formatTimeIn("ja") writes the date the Japanese way, hour without a leading zero', () => {
		expect(formatTimeIn('ja', liveFire, 'taipei')).toBe('2025年12月30日 8:00');
	});

	it('formatTimeIn(lang, t, "utc") shows UTC', () => {
		expect(formatTimeIn('ja', liveFire, 'utc')).toBe('2025年12月30日 0:00');
	});

	it('formatTimeIn() crosses midnight into the Taipei date', () => {
		expect(formatTimeIn('zh-Hant', Date.UTC(2025, 11, 31, 16, 30), 'taipei')).toBe(
			'2026年1月1日 00:30'
		);
	});

	it('formatTimeIn(lang, t, zone, "day") leaves out the clock time', () => {
		expect(formatTimeIn('zh-Hant', liveFire, 'taipei', 'day')).toBe('2025年12月30日');
	});

	it('formatTimeIn(lang, t, zone, "month") shows month and year', () => {
		expect(formatTimeIn('ja', liveFire, 'taipei', 'month')).toBe('2025年12月');
	});
});

describe('zoneLabelIn()', () => {
	it('zoneLabelIn() names Taipei time in each language', () => {
		expect(['en', 'zh-Hant', 'ja'].map((l) => zoneLabelIn(l as 'en', 'taipei'))).toEqual([
			'Taipei time (UTC+8)',
			'台北時間',
			'台北時間'
		]);
	});
});

describe('formatTimeWithZone()', () => {
	it('formatTimeWithZone("zh-Hant") gives the issue example', () => {
		expect(formatTimeWithZone('zh-Hant', liveFire, 'taipei')).toBe('2025年12月30日 08:00 台北時間');
	});

	it('formatTimeWithZone("ja") gives the issue example', () => {
		expect(formatTimeWithZone('ja', liveFire, 'taipei')).toBe('2025年12月30日 8:00 台北時間');
	});
});

describe('formatLocalDateIn()', () => {
	it('formatLocalDateIn() keeps the date where the event happened', () => {
		expect(formatLocalDateIn('zh-Hant', '2025-11-07T00:00:00+09:00')).toBe('2025年11月7日');
	});

	it('formatLocalDateIn(lang, iso, "month") shows month and year', () => {
		expect(formatLocalDateIn('ja', '2026-03-01T00:00:00-05:00', 'month')).toBe('2026年3月');
	});

	it('formatLocalDateIn("en") keeps the English format', () => {
		expect(formatLocalDateIn('en', '2025-11-07T00:00:00+09:00')).toBe('7 Nov 2025');
	});

	it('formatLocalDateIn() returns null for a malformed string', () => {
		expect([formatLocalDateIn('ja', 'yesterday'), formatLocalDateIn('ja', '2025-13-01')]).toEqual([
			null,
			null
		]);
	});
});

describe('formatTickIn()', () => {
	it('formatTickIn() gives day and month without the year', () => {
		expect(['en', 'zh-Hant', 'ja'].map((l) => formatTickIn(l as 'en', liveFire))).toEqual([
			'30 Dec',
			'12月30日',
			'12月30日'
		]);
	});
});

describe('formatShortTimeIn()', () => {
	it('formatShortTimeIn() gives day, month and clock time without the year', () => {
		const t = Date.UTC(2025, 11, 28, 22); // 06:00 on 29 Dec in Taipei
		expect(['en', 'zh-Hant', 'ja'].map((l) => formatShortTimeIn(l as 'en', t))).toEqual([
			'29 Dec 06:00',
			'12月29日 06:00',
			'12月29日 6:00'
		]);
	});
});

describe('timeStampTextIn()', () => {
	it('timeStampTextIn("en") equals the English export time stamp', () => {
		expect(timeStampTextIn('en', liveFire)).toBe(timeStampText(liveFire));
	});

	it('timeStampTextIn("ja") gives Taipei time then UTC', () => {
		expect(timeStampTextIn('ja', liveFire)).toBe(
			'2025年12月30日 8:00 台北時間 · 2025年12月30日 0:00 UTC'
		);
	});
});
