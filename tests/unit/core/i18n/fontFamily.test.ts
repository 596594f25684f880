import { describe, expect, it } from 'vitest';
import { cjkFamilies, fontFamily } from '../../../../src/lib/core/i18n/fontFamily';

describe('fontFamily()', () => {
	it('fontFamily("en") is the bundled Noto Sans', () => {
		expect(fontFamily('en')).toBe('"Noto Sans", sans-serif');
	});

	it('fontFamily() puts Noto Sans, then the interface subset, then the whole CJK face', () => {
		expect([fontFamily('zh-Hant'), fontFamily('ja')]).toEqual([
			'"Noto Sans", "Noto Sans TC UI", "Noto Sans TC", sans-serif',
			'"Noto Sans", "Noto Sans JP UI", "Noto Sans JP", sans-serif'
		]);
	});
});

describe('cjkFamilies()', () => {
	it('cjkFamilies("en") is null: English has no CJK face', () => {
		expect(cjkFamilies('en')).toBeNull();
	});

	it('cjkFamilies() names the subset and the whole face that fontFamily() lists', () => {
		for (const lang of ['zh-Hant', 'ja'] as const) {
			const { subset, full } = cjkFamilies(lang)!;
			expect(fontFamily(lang)).toBe(`"Noto Sans", "${subset}", "${full}", sans-serif`);
		}
	});
});
