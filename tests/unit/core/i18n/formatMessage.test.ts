import { describe, expect, it } from 'vitest';
import {
	formatMessage,
	formatNumber,
	placeholders
} from '../../../../src/lib/core/i18n/formatMessage';

describe('formatMessage()', () => {
	it('formatMessage() fills placeholders', () => {
		expect(formatMessage('Data problem in {file}:', { file: 'events.geojson' })).toBe(
			'Data problem in events.geojson:'
		);
	});

	it('formatMessage() formats numbers for the language', () => {
		expect(formatMessage('{count} 個', { count: 12345 }, 'zh-Hant')).toBe('12,345 個');
	});

	it('formatMessage() leaves a placeholder without a value as written', () => {
		expect(formatMessage('{a} and {b}', { a: 'x' })).toBe('x and {b}');
	});
});

describe('formatNumber()', () => {
	it('formatNumber() groups thousands in each language', () => {
		expect(['en', 'zh-Hant', 'ja'].map((l) => formatNumber(17450, l as 'en'))).toEqual([
			'17,450',
			'17,450',
			'17,450'
		]);
	});

	it('formatNumber() applies each call its own options, formats being reused', () => {
		const plain = formatNumber(0.25, 'en');
		const percent = formatNumber(0.25, 'en', { style: 'percent' });
		const oneDecimal = formatNumber(0.25, 'en', { maximumFractionDigits: 1 });
		expect([plain, percent, oneDecimal, formatNumber(0.25, 'en')]).toEqual([
			'0.25',
			'25%',
			'0.3',
			'0.25'
		]);
	});
});

describe('placeholders()', () => {
	it('placeholders() lists each name once, sorted', () => {
		expect(placeholders('{b} {a} {b}')).toEqual(['a', 'b']);
	});
});
