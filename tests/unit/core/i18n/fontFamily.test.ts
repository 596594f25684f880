import { describe, expect, it } from 'vitest';
import { fontFamily } from '../../../../src/lib/core/i18n/fontFamily';

describe('fontFamily()', () => {
	it('fontFamily("en") is the bundled Noto Sans', () => {
		expect(fontFamily('en')).toBe('"Noto Sans", sans-serif');
	});

	it('fontFamily() puts Noto Sans before the CJK face', () => {
		expect([fontFamily('zh-Hant'), fontFamily('ja')]).toEqual([
			'"Noto Sans", "Noto Sans TC", sans-serif',
			'"Noto Sans", "Noto Sans JP", sans-serif'
		]);
	});
});
