/**
 * The text the interface can write in Chinese or Japanese, gathered from the sources that hold
 * it, for the interface font subsets (scripts/build-ui-fonts.ts) and the unit test that checks
 * the committed subsets still cover it (tests/unit/scripts/uiFontText.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGUAGE_NAMES, type Lang } from '../src/lib/core/i18n/languages';
import {
	formatShortTimeIn,
	formatTickIn,
	formatTimeIn,
	zoneLabelIn
} from '../src/lib/core/time/formatTimeIn';

/** A language with a CJK interface face of its own. */
export type CjkLang = Exclude<Lang, 'en'>;

/** The interface languages that get a subset: Traditional Chinese and Japanese. */
export const CJK_LANGS: CjkLang[] = ['zh-Hant', 'ja'];

const MESSAGES = join('src', 'lib', 'core', 'i18n', 'messages');

/**
 * Symbols the components write in the language's font: the story's "◀︎ back" and "next ▶︎"
 * buttons, with the text-presentation selector after each arrow. (The time bar's ▶ ◀ ❚ and the
 * story's ✕ are drawn with Noto Sans and the system's fonts in every language.)
 */
const INTERFACE_SYMBOLS = '▶◀\uFE0E';

/** Every string anywhere in a JSON value (object keys excluded). */
function strings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const v of value) strings(v, out);
	else if (value && typeof value === 'object')
		for (const v of Object.values(value)) strings(v, out);
	return out;
}

/** The files of a folder and its subfolders whose name is `name`. */
function filesNamed(dir: string, name: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return filesNamed(path, name);
		return entry.name === name ? [path] : [];
	});
}

/** Every message of the language's catalogues: src/lib/core/i18n/messages/**\/<lang>.ts. */
async function catalogueText(lang: CjkLang): Promise<string[]> {
	const files = filesNamed(MESSAGES, `${lang}.ts`).sort();
	const modules = await Promise.all(
		files.map((f) => import(/* @vite-ignore */ pathToFileURL(resolve(f)).href) as Promise<unknown>)
	);
	return strings(modules);
}

/** The dates and times the app formats with Intl: every month, at every precision it shows. */
function dateText(lang: CjkLang): string[] {
	return Array.from({ length: 12 }, (_, month) => {
		const t = Date.UTC(2025, month, 28, 13, 45);
		return [
			...(['month', 'day', 'minute'] as const).map((p) => formatTimeIn(lang, t, 'utc', p)),
			formatShortTimeIn(lang, t, 'utc'),
			formatTickIn(lang, t),
			zoneLabelIn(lang, 'taipei'),
			zoneLabelIn(lang, 'utc')
		].join(' ');
	});
}

/**
 * The data's display text in the language: its translations (data/i18n/<lang>.json, without the
 * sources of its names, which document the data and are never shown) and the data files
 * themselves (data/*.json, data/*.geojson), whose untranslated text and source titles (some
 * written in Chinese) are shown as they are.
 */
function dataText(lang: CjkLang): string[] {
	const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
	const files = readdirSync('data')
		.filter((f) => /\.(geo)?json$/.test(f))
		.sort()
		.map((f) => join('data', f));
	const translation = read(join('data', 'i18n', `${lang}.json`)) as Record<string, unknown>;
	const shown = Object.entries(translation).filter(([key]) => key !== 'sources');
	return [...strings(Object.fromEntries(shown)), ...files.flatMap((f) => strings(read(f)))];
}

/**
 * All the text the interface can write in a language: the message catalogues, the language's
 * own name, Intl's dates, the data and its translations, and the components' symbols. Paths are
 * read from the repository root (where npm runs scripts and tests).
 * @example [...new Set(await uiFontText('ja'))] // the characters the Japanese subset must hold
 */
export async function uiFontText(lang: CjkLang): Promise<string> {
	return [
		...(await catalogueText(lang)),
		LANGUAGE_NAMES[lang],
		...dateText(lang),
		...dataText(lang),
		INTERFACE_SYMBOLS
	].join('\n');
}
