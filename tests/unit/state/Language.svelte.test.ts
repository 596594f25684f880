import { describe, expect, it } from 'vitest';
import { Language } from '../../../src/lib/state/Language.svelte';

describe('Language', () => {
	it('starts in English', () => {
		const l = new Language();
		expect([l.lang, l.m.events]).toEqual(['en', 'Events']);
	});

	it('set() loads the catalogue and switches', async () => {
		const l = new Language();
		await l.set('ja');
		expect([l.lang, l.m.events]).toEqual(['ja', '出来事']);
	});

	it('set() lets the later of two switches win', async () => {
		const l = new Language();
		const first = l.set('zh-Hant');
		const second = l.set('en');
		await Promise.all([first, second]);
		expect(l.lang).toBe('en');
	});

	it('start() chooses from the URL value before the browser', async () => {
		const l = new Language();
		await l.start('zh-Hant', ['ja-JP']);
		expect(l.m.layers).toBe('圖層');
	});

	it('t() fills placeholders in the active language', async () => {
		const l = new Language();
		await l.set('zh-Hant');
		expect(l.t('sliderValue', { time: 'X', zone: 'Y', count: 3 })).toBe('X Y，顯示 3 個事件');
	});

	it('later throws before loadLater() has resolved', () => {
		const l = new Language();
		expect(() => l.later).toThrow(/loadLater/);
	});

	it('loadLater() loads the later catalogue in the active language', async () => {
		const l = new Language();
		await l.set('ja');
		await l.loadLater();
		expect(l.later.analysis).toBe('分析');
	});

	it('set() after loadLater() switches both catalogues at once', async () => {
		const l = new Language();
		await l.loadLater();
		const switching = l.set('zh-Hant');
		expect([l.lang, l.later.analysis]).toEqual(['en', 'Analysis']);
		await switching;
		expect([l.lang, l.later.analysis]).toEqual(['zh-Hant', '分析']);
	});

	it('loadLater() during a switch ends with the new language in both catalogues', async () => {
		const l = new Language();
		const switching = l.set('ja');
		const loading = l.loadLater();
		await Promise.all([switching, loading]);
		expect([l.lang, l.m.events, l.later.legend]).toEqual(['ja', '出来事', '凡例']);
	});

	it('tLater() fills placeholders from the later catalogue', async () => {
		const l = new Language();
		await l.loadLater();
		expect(l.tLater('nowOnMap', { name: 'Justice Mission 2025' })).toContain(
			'Justice Mission 2025'
		);
	});

	it('withLater() resolves with the value once the later catalogue can be read', async () => {
		const l = new Language();
		const value = await l.withLater(Promise.resolve(42));
		expect([value, l.later.analysis]).toEqual([42, 'Analysis']);
	});
});
