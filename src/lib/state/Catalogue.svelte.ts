import { formatMessage, type MessageParams } from '../core/i18n/formatMessage';
import type { Lang } from '../core/i18n/languages';

/**
 * A message catalogue of one part of the interface that loads apart from the main one (the
 * Export dialog's, in the dialog's lazy chunk): English is given, other languages are fetched
 * on first use. Until a language has arrived, its English text stands in.
 */
export class Catalogue<M extends Readonly<Record<string, string>>> {
	#loaders: Record<Exclude<Lang, 'en'>, () => Promise<M>>;
	#loaded = $state.raw<Partial<Record<Lang, M>>>({});

	constructor(en: M, loaders: Record<Exclude<Lang, 'en'>, () => Promise<M>>) {
		this.#loaded = { en };
		this.#loaders = loaders;
	}

	/** The messages in a language if loaded, else English. */
	in(lang: Lang): M {
		return this.#loaded[lang] ?? (this.#loaded.en as M);
	}

	/** Loads a language's messages once; call from an effect when the language changes. */
	async load(lang: Lang): Promise<void> {
		if (lang === 'en' || this.#loaded[lang]) return;
		const messages = await this.#loaders[lang]();
		this.#loaded = { ...this.#loaded, [lang]: messages };
	}

	/** A message in a language with its `{placeholders}` filled. */
	t(lang: Lang, key: keyof M, params?: MessageParams): string {
		return formatMessage(this.in(lang)[key] as string, params, lang);
	}
}
