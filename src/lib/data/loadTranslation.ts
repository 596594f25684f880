import * as v from 'valibot';
import type { Lang } from '../core/i18n/languages';
import { TranslationFileSchema, type TranslationFile } from '../core/data/translationSchema';
import { TRANSLATION_URLS } from './translationUrls';

/** A loaded translation, or why there is none (the data then shows in English). */
export type TranslationResult =
	{ ok: true; translation: TranslationFile | null } | { ok: false; error: string };

/**
 * Fetches and validates a language's data translations (data/i18n/<lang>.json). English has
 * none (`translation: null`). A file that cannot be read or does not validate is reported, and
 * the data stays in English.
 */
export async function loadTranslation(lang: Lang): Promise<TranslationResult> {
	if (lang === 'en') return { ok: true, translation: null };
	try {
		const res = await fetch(TRANSLATION_URLS[lang]);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		const parsed = v.safeParse(TranslationFileSchema, await res.json());
		if (!parsed.success) {
			const issue = parsed.issues[0];
			throw new Error(`${v.getDotPath(issue) ?? ''}: ${issue.message}`);
		}
		return { ok: true, translation: parsed.output };
	} catch (e) {
		return {
			ok: false,
			error: `data/i18n/${lang}.json: ${e instanceof Error ? e.message : String(e)}`
		};
	}
}
