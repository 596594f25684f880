import { fontFamily } from '../core/i18n/fontFamily';
import type { Lang } from '../core/i18n/languages';

/** The CJK font CSS of each language, as lazy chunks (English uses the Noto Sans in main.ts). */
const CSS: Record<Lang, (() => Promise<unknown>) | null> = {
	en: null,
	'zh-Hant': () => import('./fonts/zh-Hant.css'),
	ja: () => import('./fonts/ja.css')
};

/**
 * Adds a language's bundled font faces to the page and, given the text about to be drawn,
 * waits until the slices that cover it have loaded, so canvas text (the PNG export's overlays)
 * uses them rather than a system font.
 * @example await loadLanguageFonts('ja', overlayText) // before drawing the overlays
 */
export async function loadLanguageFonts(lang: Lang, text = ''): Promise<void> {
	await CSS[lang]?.();
	if (!text) return;
	const family = fontFamily(lang);
	await Promise.all([
		document.fonts.load(`400 16px ${family}`, text),
		document.fonts.load(`700 16px ${family}`, text)
	]);
}
