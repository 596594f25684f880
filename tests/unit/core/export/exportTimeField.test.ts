import { describe, expect, it } from 'vitest';
import {
	exportTimeText,
	formatExportTime,
	parseExportTime
} from '../../../../src/lib/core/export/exportTimeField';

const T = Date.parse('2025-12-29T00:00:00+08:00');

describe('formatExportTime()', () => {
	it('formatExportTime() writes the app format in Taipei time', () => {
		expect(formatExportTime(T)).toBe('29 Dec 2025, 00:00');
	});
});

describe('parseExportTime()', () => {
	it('parseExportTime() reads back what formatExportTime() writes', () => {
		const t = Date.parse('2026-01-02T13:45:00+08:00');
		expect(parseExportTime(formatExportTime(t))).toBe(t);
	});

	it('parseExportTime() reads full month names, no comma, and a date alone as midnight', () => {
		expect(parseExportTime('29 December 2025 00:00')).toBe(T);
		expect(parseExportTime('29 dec 2025')).toBe(T);
	});

	it('parseExportTime() reads ISO dates as Taipei time', () => {
		expect(parseExportTime('2025-12-29T00:00')).toBe(T);
		expect(parseExportTime('2025-12-29 00:00')).toBe(T);
	});

	it('parseExportTime() rejects the US format, impossible dates and times', () => {
		expect(parseExportTime('12/29/2025, 12:00 AM')).toBeNaN();
		expect(parseExportTime('31 Feb 2026')).toBeNaN();
		expect(parseExportTime('29 Dec 2025, 24:10')).toBeNaN();
		expect(parseExportTime('29 Foo 2025')).toBeNaN();
	});
});

describe('exportTimeText()', () => {
	it('exportTimeText() writes the app format in English and ISO order in zh-Hant and ja', () => {
		expect(exportTimeText('en', T)).toBe('29 Dec 2025, 00:00');
		expect(exportTimeText('zh-Hant', T)).toBe('2025-12-29 00:00');
		expect(exportTimeText('ja', T)).toBe('2025-12-29 00:00');
	});

	it('exportTimeText() writes what parseExportTime() reads back in every language', () => {
		for (const lang of ['en', 'zh-Hant', 'ja'])
			expect(parseExportTime(exportTimeText(lang, T))).toBe(T);
	});
});
