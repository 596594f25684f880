import { chooseLanguage } from '../core/i18n/chooseLanguage';
import { formatMessage, formatNumber, type MessageParams } from '../core/i18n/formatMessage';
import { DEFAULT_LANG, type Lang } from '../core/i18n/languages';
import { en, type MessageKey, type Messages } from '../core/i18n/messages/en';

/**
 * Loads a language's interface catalogue. English is in the main bundle; the others are
 * separate chunks fetched only when that language is chosen, so an English start ships no
 * Chinese or Japanese strings.
 */
const LOADERS: Record<Lang, () => Promise<Messages>> = {
	en: () => Promise.resolve(en),
	'zh-Hant': () => import('../core/i18n/messages/zh-Hant').then((mod) => mod.messages),
	ja: () => import('../core/i18n/messages/ja').then((mod) => mod.messages)
};

/** The active interface language and its message catalogue. Starts in English. */
export class Language {
	/** The active language. Changes only once its catalogue has loaded. */
	lang = $state<Lang>(DEFAULT_LANG);
	/** The active catalogue, e.g. `language.m.events`. */
	m = $state.raw<Messages>(en);
	#request = 0;

	/**
	 * Switches to a language once its catalogue has loaded; resolves when it is active. If
	 * another switch is asked for meanwhile, the later one wins.
	 */
	async set(lang: Lang): Promise<void> {
		const request = ++this.#request;
		// Already active (main.ts loads the opening language before mount): nothing to wait for.
		if (lang === this.lang) return;
		const messages = await LOADERS[lang]();
		if (request !== this.#request) return;
		this.m = messages;
		this.lang = lang;
	}

	/** Chooses the language from the URL's `lang=` value, else the browser's languages, and loads it. */
	start(urlValue: string | null | undefined, browserLanguages: readonly string[]): Promise<void> {
		return this.set(chooseLanguage(urlValue, browserLanguages));
	}

	/** A message with its `{placeholders}` filled (numbers formatted for the language). */
	t(key: MessageKey, params?: MessageParams): string {
		return formatMessage(this.m[key], params, this.lang);
	}

	/** A number written for the active language with Intl. */
	number(value: number, options?: Intl.NumberFormatOptions): string {
		return formatNumber(value, this.lang, options);
	}
}

/** The app's one interface language, read by every component. */
export const language = new Language();
