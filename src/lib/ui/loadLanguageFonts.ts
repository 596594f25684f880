import { cjkFamilies } from '../core/i18n/fontFamily';
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
 * The faces every page's first layout draws from: Noto Sans (main.ts) and the language switch's
 * names (fonts/subset/names.css).
 */
const PAGE_FAMILIES = ['Noto Sans', 'Noto Sans TC Name', 'Noto Sans JP Name'];

/**
 * Adds a language's interface face (loadLanguageFonts), then loads and decodes every face the
 * page's first layout draws from: its weights and its one-character files, Noto Sans and the
 * language switch's names. Left to the layout, a face starts loading only then; the page is
 * laid out and drawn in fallback fonts, and laid out, shaped and drawn again once the faces are
 * in, 0.3-0.4 s later, while the map starts. A face that fails to load is left to the browser.
 * @example await loadPageFaces('zh-Hant') // before mounting the app in Chinese
 */
export async function loadPageFaces(lang: Lang): Promise<void> {
	await loadLanguageFonts(lang);
	const families = new Set([...PAGE_FAMILIES, cjkFamilies(lang)?.subset]);
	const faces = [...document.fonts].filter((f) =>
		families.has(f.family.replace(/^["']|["']$/g, ''))
	);
	await Promise.allSettled(faces.map((f) => f.load()));
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
