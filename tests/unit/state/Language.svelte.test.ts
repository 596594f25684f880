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
});
