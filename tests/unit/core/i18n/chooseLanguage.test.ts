import { describe, expect, it } from 'vitest';
import { chooseLanguage, matchLanguage } from '../../../../src/lib/core/i18n/chooseLanguage';

describe('chooseLanguage()', () => {
	it('chooseLanguage() takes the URL value first', () => {
		expect(chooseLanguage('ja', ['zh-TW', 'en-US'])).toBe('ja');
	});

	it('chooseLanguage() reads the URL value case-insensitively', () => {
		expect(chooseLanguage('ZH-hant', [])).toBe('zh-Hant');
	});

	it('chooseLanguage() falls back to the browser when the URL value is unknown', () => {
		expect(chooseLanguage('fr', ['zh-TW'])).toBe('zh-Hant');
	});

	it('chooseLanguage() takes the first supported browser language', () => {
		expect(chooseLanguage(null, ['fr-FR', 'ja-JP', 'en-GB'])).toBe('ja');
	});

	it('chooseLanguage() is English when nothing matches', () => {
		expect(chooseLanguage(undefined, ['fr-FR', 'ko'])).toBe('en');
	});

	it('chooseLanguage() is English with no URL value and no browser languages', () => {
		expect(chooseLanguage('', [])).toBe('en');
	});
});

describe('matchLanguage()', () => {
	it('matchLanguage() maps every Chinese tag to zh-Hant', () => {
		expect(['zh', 'zh-TW', 'zh-Hant-TW', 'zh-HK', 'zh-CN'].map(matchLanguage)).toEqual(
			Array(5).fill('zh-Hant')
		);
	});

	it('matchLanguage() maps Japanese and English tags', () => {
		expect([matchLanguage('ja-JP'), matchLanguage('en_US')]).toEqual(['ja', 'en']);
	});

	it('matchLanguage() returns null for other languages', () => {
		expect(matchLanguage('ko-KR')).toBeNull();
	});
});
