import type { Lang } from '../core/i18n/languages';

/** The CJK font CSS of each language, as lazy chunks (English uses the Noto Sans in main.ts). */
const CSS: Record<Lang, (() => Promise<unknown>) | null> = {
	en: null,
	'zh-Hant': () => import('./fonts/zh-Hant.css'),
	ja: () => import('./fonts/ja.css')
};

/**
 * Adds a language's bundled font faces to the page: its interface subset and, after it, the
 * whole CJK face's unicode-range slices (fonts/<lang>.css). The browser then fetches what the
 * page's text needs: the subset for the interface, a slice only for text the subset lacks.
 * @example await loadLanguageFonts('ja') // before switching the page to Japanese
 */
export async function loadLanguageFonts(lang: Lang): Promise<void> {
	await CSS[lang]?.();
}
