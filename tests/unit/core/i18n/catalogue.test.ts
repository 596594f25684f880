import { describe, expect, it } from 'vitest';
import { placeholders } from '../../../../src/lib/core/i18n/formatMessage';
import { en } from '../../../../src/lib/core/i18n/messages/en';
import { messages as ja } from '../../../../src/lib/core/i18n/messages/ja';
import { messages as zhHant } from '../../../../src/lib/core/i18n/messages/zh-Hant';
import { exportEn } from '../../../../src/lib/core/i18n/messages/export/en';
import { messages as exportJa } from '../../../../src/lib/core/i18n/messages/export/ja';
import { messages as exportZhHant } from '../../../../src/lib/core/i18n/messages/export/zh-Hant';
import { laterEn } from '../../../../src/lib/core/i18n/messages/later/en';
import { messages as laterJa } from '../../../../src/lib/core/i18n/messages/later/ja';
import { messages as laterZhHant } from '../../../../src/lib/core/i18n/messages/later/zh-Hant';
import { importErrorsEn } from '../../../../src/lib/core/i18n/messages/importErrors/en';
import { messages as importErrorsJa } from '../../../../src/lib/core/i18n/messages/importErrors/ja';
import { messages as importErrorsZhHant } from '../../../../src/lib/core/i18n/messages/importErrors/zh-Hant';

type Catalogue = Readonly<Record<string, string>>;

/**
 * Each translated catalogue with its English source: the main one, the later one (the parts
 * that load after the map), the Export dialog's, the import errors'.
 */
const CATALOGUES: [string, Catalogue, Catalogue][] = [
	['main zh-Hant', zhHant, en],
	['main ja', ja, en],
	['later zh-Hant', laterZhHant, laterEn],
	['later ja', laterJa, laterEn],
	['export zh-Hant', exportZhHant, exportEn],
	['export ja', exportJa, exportEn],
	['import errors zh-Hant', importErrorsZhHant, importErrorsEn],
	['import errors ja', importErrorsJa, importErrorsEn]
];

describe.each(CATALOGUES)('catalogue %s', (_name, catalogue, source) => {
	const keys = Object.keys(source).sort();

	it('has every English key', () => {
		expect(keys.filter((k) => !(k in catalogue))).toEqual([]);
	});

	it('has no key that English lacks', () => {
		expect(Object.keys(catalogue).filter((k) => !(k in source))).toEqual([]);
	});

	it('has no empty message', () => {
		expect(Object.entries(catalogue).filter(([, v]) => !v.trim())).toEqual([]);
	});

	it('uses the same placeholders as English in every message', () => {
		const differ = keys.filter(
			(k) => placeholders(catalogue[k] ?? '').join() !== placeholders(source[k] ?? '').join()
		);
		expect(differ).toEqual([]);
	});
});

describe('the main and the later catalogue', () => {
	it('share no key, so each message has one home', () => {
		expect(Object.keys(en).filter((k) => k in laterEn)).toEqual([]);
	});
});
