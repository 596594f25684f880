import type { Lang } from '../core/i18n/languages';

/** The CJK font CSS of each language, as lazy chunks (English uses the Noto Sans in main.ts). */
const CSS: Record<Lang, (() => Promise<unknown>) | null> = {
	en: null,
	'zh-Hant': () => import('./fonts/zh-Hant.css'),
	ja: () => import('./fonts/ja.css')
};

/** Fontsource's unicode-range slices of each CJK face, for text the interface subset lacks. */
const SLICES: Record<Lang, (() => Promise<unknown>) | null> = {
	en: null,
	'zh-Hant': () => import('./fonts/zh-Hant-slices.css'),
	ja: () => import('./fonts/ja-slices.css')
};

/**
 * Adds a language's interface face to the page (fonts/<lang>.css: the subset that holds every
 * character the interface writes in it). The browser then fetches what the page's text needs.
 * @example await loadLanguageFonts('ja') // before switching the page to Japanese
 */
export async function loadLanguageFonts(lang: Lang): Promise<void> {
	await CSS[lang]?.();
}

/**
 * Adds the whole CJK face's unicode-range slices after the subset (fonts/<lang>-slices.css),
 * for text the subset lacks (imported files, a title a reader types): a 200 KB stylesheet of
 * 268 faces, added once the map has drawn rather than with the page.
 * @example await loadFontSlices('zh-Hant')
 */
export async function loadFontSlices(lang: Lang): Promise<void> {
	await SLICES[lang]?.();
}
