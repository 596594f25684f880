import { DEFAULT_LANG, type Lang } from './languages';

/**
 * The supported language a BCP 47 tag asks for, or null. Case-insensitive; any Chinese tag maps
 * to zh-Hant (the only Chinese the app has), any Japanese tag to ja, any English tag to en.
 * @example matchLanguage('zh-TW') // 'zh-Hant'
 */
export function matchLanguage(tag: string | null | undefined): Lang | null {
	const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
	if (primary === 'zh') return 'zh-Hant';
	if (primary === 'ja') return 'ja';
	if (primary === 'en') return 'en';
	return null;
}

/**
 * The language to show: the URL's `lang=` value if it names a supported language, else the first
 * of the browser's preferred languages (`navigator.languages`) that does, else English.
 * @example chooseLanguage(null, ['fr-FR', 'ja-JP']) // 'ja'
 */
export function chooseLanguage(
	urlValue: string | null | undefined,
	browserLanguages: readonly string[] = []
): Lang {
	const fromUrl = matchLanguage(urlValue);
	if (fromUrl) return fromUrl;
	for (const tag of browserLanguages) {
		const lang = matchLanguage(tag);
		if (lang) return lang;
	}
	return DEFAULT_LANG;
}
