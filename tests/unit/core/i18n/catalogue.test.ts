import { describe, expect, it } from 'vitest';
import { placeholders } from '../../../../src/lib/core/i18n/formatMessage';
import { en } from '../../../../src/lib/core/i18n/messages/en';
import { messages as ja } from '../../../../src/lib/core/i18n/messages/ja';
import { messages as zhHant } from '../../../../src/lib/core/i18n/messages/zh-Hant';

const CATALOGUES: Record<string, Record<string, string>> = { 'zh-Hant': zhHant, ja };
const keys = Object.keys(en).sort();

describe.each(Object.entries(CATALOGUES))('catalogue %s', (_lang, catalogue) => {
	it('has every English key', () => {
		expect(keys.filter((k) => !(k in catalogue))).toEqual([]);
	});

	it('has no key that English lacks', () => {
		expect(Object.keys(catalogue).filter((k) => !(k in en))).toEqual([]);
	});

	it('has no empty message', () => {
		expect(Object.entries(catalogue).filter(([, v]) => !v.trim())).toEqual([]);
	});

	it('uses the same placeholders as English in every message', () => {
		const differ = keys.filter(
			(k) =>
				placeholders(catalogue[k] ?? '').join() !== placeholders(en[k as keyof typeof en]).join()
		);
		expect(differ).toEqual([]);
	});
});
