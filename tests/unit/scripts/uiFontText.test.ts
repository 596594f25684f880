import { describe, expect, it } from 'vitest';
import { cjkFamilies } from '../../../src/lib/core/i18n/fontFamily';
import { LANGUAGE_NAMES } from '../../../src/lib/core/i18n/languages';
import characters from '../../../src/lib/ui/fonts/subset/characters.json';
import { CJK_LANGS, uiFontText } from '../../../scripts/uiFontText';

/** The characters each generated face's unicode-ranges list (src/lib/ui/fonts/subset/). */
const families: Record<string, string> = characters.families;

/** The distinct characters of a text that a font draws (line breaks and controls are not). */
const drawn = (text: string): string[] => [...new Set(text)].filter((ch) => ch >= ' ');

describe('uiFontText()', () => {
	it.each(CJK_LANGS)(
		'uiFontText("%s") writes no character its subset lacks (else run `npm run ui-fonts`)',
		async (lang) => {
			const held = new Set([
				...(families['Noto Sans'] ?? ''),
				...(families[cjkFamilies(lang)!.subset] ?? ''),
				...characters.withoutGlyph[lang]
			]);
			expect(drawn(await uiFontText(lang)).filter((ch) => !held.has(ch))).toEqual([]);
		}
	);

	it.each(CJK_LANGS)(
		'the %s subset holds no character uiFontText() no longer writes (else run `npm run ui-fonts`)',
		async (lang) => {
			const text = new Set(await uiFontText(lang));
			const subset = families[cjkFamilies(lang)!.subset] ?? '';
			expect([...subset].filter((ch) => !text.has(ch))).toEqual([]);
		}
	);
});

describe('LANGUAGE_NAMES', () => {
	it.each(CJK_LANGS)("LANGUAGE_NAMES['%s'] is exactly what its names face holds", (lang) => {
		const face = families[`${cjkFamilies(lang)!.full} Name`] ?? '';
		expect(drawn(LANGUAGE_NAMES[lang]).sort()).toEqual([...face].sort());
	});
});
