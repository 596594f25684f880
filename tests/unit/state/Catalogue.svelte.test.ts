import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../../src/lib/state/Catalogue.svelte';

const make = () =>
	new Catalogue(
		{ hello: 'Hello {name}' },
		{
			'zh-Hant': () => Promise.resolve({ hello: '你好 {name}' }),
			ja: () => Promise.resolve({ hello: 'こんにちは {name}' })
		}
	);

describe('Catalogue', () => {
	it('in() gives English until a language has loaded', () => {
		expect(make().in('ja').hello).toBe('Hello {name}');
	});

	it('load() makes a language available to in()', async () => {
		const c = make();
		await c.load('ja');
		expect(c.in('ja').hello).toBe('こんにちは {name}');
	});

	it('t() fills placeholders in the language', async () => {
		const c = make();
		await c.load('zh-Hant');
		expect(c.t('zh-Hant', 'hello', { name: 'A' })).toBe('你好 A');
	});
});
