import { describe, expect, it } from 'vitest';
import { timeStampText } from '../../../../src/lib/core/export/timeStampText';

describe('timeStampText()', () => {
	it('timeStampText() gives Taipei time, then UTC', () => {
		expect(timeStampText(Date.parse('2025-12-30T08:00:00+08:00'))).toBe(
			'30 Dec 2025, 08:00 Taipei time (UTC+8) · 30 Dec 2025, 00:00 UTC'
		);
	});
	it('timeStampText() shows different dates when Taipei is already on the next day', () => {
		expect(timeStampText(Date.UTC(2025, 11, 31, 20, 30))).toBe(
			'1 Jan 2026, 04:30 Taipei time (UTC+8) · 31 Dec 2025, 20:30 UTC'
		);
	});
});
