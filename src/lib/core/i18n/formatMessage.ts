import { intlLocale, type Lang } from './languages';

/** Values a message's `{name}` placeholders are filled with; numbers go through Intl. */
export type MessageParams = Record<string, string | number>;

/**
 * Fills a message's `{name}` placeholders, formatting numbers for the language (thousands
 * separators as the language writes them). A placeholder without a value is left as written.
 * @example formatMessage('{count} events shown', { count: 1200 }, 'en') // "1,200 events shown"
 */
export function formatMessage(
	template: string,
	params: MessageParams = {},
	lang: Lang = 'en'
): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? formatNumber(value, lang) : value;
	});
}

/** A number written for the language with Intl (grouping, decimal sign), e.g. "12,345.6". */
export function formatNumber(
	value: number,
	lang: Lang,
	options?: Intl.NumberFormatOptions
): string {
	const key = options ? `${lang} ${JSON.stringify(options)}` : lang;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale(lang), options)));
	return format.format(value);
}

/**
 * The number formats made so far, by language and options: making an `Intl.NumberFormat` costs
 * far more than using one (at startup the app writes hundreds of numbers, ~0.2 s uncached).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The `{name}` placeholders a message uses, sorted, so translations can be checked against English. */
export function placeholders(template: string): string[] {
	return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}
