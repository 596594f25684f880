/** The interface languages: English, Traditional Chinese as used in Taiwan, Japanese. */
export const LANGUAGES = ['en', 'zh-Hant', 'ja'] as const;

/** One of the interface languages, as written in the URL (`lang=`) and in `<html lang>`. */
export type Lang = (typeof LANGUAGES)[number];

/** The language used when neither the URL nor the browser names a supported one. */
export const DEFAULT_LANG: Lang = 'en';

/** Each language's own name, for the language switch (always written in that language). */
export const LANGUAGE_NAMES: Record<Lang, string> = {
	en: 'English',
	'zh-Hant': '繁體中文',
	ja: '日本語'
};

const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', 'zh-Hant': 'zh-Hant-TW', ja: 'ja-JP' };

/** True when the string is exactly one of the supported language tags. */
export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The BCP 47 locale that `Intl` formats a language's dates and numbers with, e.g. "zh-Hant-TW". */
export function intlLocale(lang: Lang): string {
	return INTL_LOCALE[lang];
}
