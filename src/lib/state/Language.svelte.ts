import { chooseLanguage } from '../core/i18n/chooseLanguage';
import { formatMessage, formatNumber, type MessageParams } from '../core/i18n/formatMessage';
import { DEFAULT_LANG, type Lang } from '../core/i18n/languages';
import { en, type MessageKey, type Messages } from '../core/i18n/messages/en';
import type { LaterKey, LaterMessages } from '../core/i18n/messages/later/en';

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

/**
 * Loads a language's catalogue of the parts that load after the map has drawn (the panel below
 * its fold, the feature detail, the activity bars, the story …): English too is a chunk of its
 * own, so none of it is fetched before the map.
 */
const LATER_LOADERS: Record<Lang, () => Promise<LaterMessages>> = {
	en: () => import('../core/i18n/messages/later/en').then((mod) => mod.laterEn),
	'zh-Hant': () => import('../core/i18n/messages/later/zh-Hant').then((mod) => mod.messages),
	ja: () => import('../core/i18n/messages/later/ja').then((mod) => mod.messages)
};

/** The active interface language and its message catalogues. Starts in English. */
export class Language {
	/** The active language. Changes only once its catalogue has loaded. */
	lang = $state<Lang>(DEFAULT_LANG);
	/** The active catalogue, e.g. `language.m.events`. */
	m = $state.raw<Messages>(en);
	/** The later catalogue in the active language, once loadLater() has been asked for. */
	#later = $state.raw<LaterMessages | null>(null);
	/** Whether loadLater() has been called: every switch of language then loads both. */
	#laterWanted = false;
	#laterLoading: Promise<void> | null = null;
	#request = 0;

	/**
	 * The later catalogue in the active language, e.g. `language.later.analysis`. Read only by
	 * the parts that load after loadLater() has resolved; before that it is an error.
	 */
	get later(): LaterMessages {
		if (!this.#later) throw new Error('language.later was read before loadLater() resolved');
		return this.#later;
	}

	/**
	 * Loads the later catalogue in the active language, once; resolves when `later` can be read.
	 * Every part that reads it loads through this, and from then on a switch of language waits
	 * for both catalogues, so the interface changes language all at once.
	 */
	loadLater(): Promise<void> {
		this.#laterWanted = true;
		this.#laterLoading ??= this.#fetchLater().catch((e: unknown) => {
			this.#laterLoading = null;
			throw e;
		});
		return this.#laterLoading;
	}

	/**
	 * `loading`'s value once the later catalogue is in too: how a part that reads `later` is
	 * loaded, e.g. `language.withLater(import('./ActivityTrack.svelte'))`.
	 */
	withLater<T>(loading: Promise<T>): Promise<T> {
		return Promise.all([loading, this.loadLater()]).then(([value]) => value);
	}

	async #fetchLater(): Promise<void> {
		while (!this.#later) {
			const lang = this.lang;
			const later = await LATER_LOADERS[lang]();
			// A switch of language committed meanwhile brought its own (or this loop fetches it).
			if (lang === this.lang && !this.#later) this.#later = later;
		}
	}

	/**
	 * Switches to a language once its catalogue has loaded; resolves when it is active. If
	 * another switch is asked for meanwhile, the later one wins.
	 */
	async set(lang: Lang): Promise<void> {
		const request = ++this.#request;
		// Already active (main.ts loads the opening language before mount): nothing to wait for.
		if (lang === this.lang) return;
		const [messages, laterAtStart] = await Promise.all([
			LOADERS[lang](),
			this.#laterWanted ? LATER_LOADERS[lang]() : null
		]);
		// loadLater() may have been called while the main catalogue loaded.
		const later = laterAtStart ?? (this.#laterWanted ? await LATER_LOADERS[lang]() : null);
		if (request !== this.#request) return;
		this.m = messages;
		this.#later = later;
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

	/** A message of the later catalogue with its `{placeholders}` filled (see `later`). */
	tLater(key: LaterKey, params?: MessageParams): string {
		return formatMessage(this.later[key], params, this.lang);
	}

	/** A number written for the active language with Intl. */
	number(value: number, options?: Intl.NumberFormatOptions): string {
		return formatNumber(value, this.lang, options);
	}
}

/** The app's one interface language, read by every component. */
export const language = new Language();
