import jaUrl from '../../../data/i18n/ja.json?url';
import zhHantUrl from '../../../data/i18n/zh-Hant.json?url';
import type { Lang } from '../core/i18n/languages';
import type { TranslationResult } from './loadTranslation';

/** The data translation files' URLs (Vite hashes and emits them; fetched only when chosen). */
export const TRANSLATION_URLS: Record<Exclude<Lang, 'en'>, string> = {
	'zh-Hant': zhHantUrl,
	ja: jaUrl
};

/** The opening language's data translations, loading since before mount (main.ts). */
export type EarlyTranslation = { lang: Lang; result: Promise<TranslationResult> };

/** The Svelte context key under which main.ts hands App the opening language's translations. */
export const TRANSLATION_LOADING = Symbol('translation loading');
