import { intlLocale, type Lang } from '../i18n/languages';
import { formatLocalDate } from './formatLocalDate';
import {
	formatTime,
	TAIPEI_OFFSET_MS,
	zoneLabel,
	type DisplayZone,
	type TimePrecision
} from './formatTime';

const OFFSET_MS: Record<DisplayZone, number> = { taipei: TAIPEI_OFFSET_MS, utc: 0 };

const ZONE_LABEL: Record<Exclude<Lang, 'en'>, Record<DisplayZone, string>> = {
	'zh-Hant': { taipei: '台北時間', utc: 'UTC' },
	ja: { taipei: '台北時間', utc: 'UTC' }
};

const OPTIONS: Record<TimePrecision | 'tick' | 'short', Intl.DateTimeFormatOptions> = {
	month: { year: 'numeric', month: 'long' },
	day: { year: 'numeric', month: 'long', day: 'numeric' },
	hour: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
	minute: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
	tick: { month: 'long', day: 'numeric' },
	short: { month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached Intl formatter per language and precision, reading the wall clock as UTC. */
function formatter(lang: Lang, precision: TimePrecision | 'tick' | 'short'): Intl.DateTimeFormat {
	const key = `${lang}|${precision}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(intlLocale(lang), {
			...OPTIONS[precision],
			hourCycle: 'h23',
			timeZone: 'UTC'
		});
		formatters.set(key, f);
	}
	return f;
}

/**
 * Formats an epoch-ms time in a language and display zone, to the precision it is known. English
 * keeps formatTime's output; Chinese and Japanese go through Intl (the wall clock of the zone is
 * computed here, so the result does not depend on the machine's time zone data).
 * @example formatTimeIn('ja', Date.UTC(2025, 11, 30), 'taipei') // "2025年12月30日 8:00"
 */
export function formatTimeIn(
	lang: Lang,
	ts: number,
	zone: DisplayZone = 'taipei',
	precision: TimePrecision = 'minute'
): string {
	if (lang === 'en') return formatTime(ts, zone, precision);
	return formatter(lang, precision).format(ts + OFFSET_MS[zone]);
}

/**
 * The zone's name in a language, shown next to a time, e.g. "台北時間".
 * @example zoneLabelIn('en', 'taipei') // "Taipei time (UTC+8)"
 */
export function zoneLabelIn(lang: Lang, zone: DisplayZone): string {
	return lang === 'en' ? zoneLabel(zone) : ZONE_LABEL[lang][zone];
}

/**
 * A time with its zone in a language: "2025年12月30日 08:00 台北時間".
 * @example formatTimeWithZone('en', Date.UTC(2025, 11, 30), 'utc') // "30 Dec 2025, 00:00 UTC"
 */
export function formatTimeWithZone(lang: Lang, ts: number, zone: DisplayZone): string {
	return `${formatTimeIn(lang, ts, zone)} ${zoneLabelIn(lang, zone)}`;
}

/**
 * The calendar date written in an ISO 8601 time (where the event happened), in a language; null
 * for a malformed string. English keeps formatLocalDate's output.
 * @example formatLocalDateIn('zh-Hant', '2025-11-07T00:00:00+09:00') // "2025年11月7日"
 */
export function formatLocalDateIn(
	lang: Lang,
	iso: string,
	precision: 'day' | 'month' = 'day'
): string | null {
	if (lang === 'en') return formatLocalDate(iso, precision);
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return null;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	return formatter(lang, precision).format(Date.UTC(year, month - 1, day));
}

/**
 * Day, month and clock time without the year, in a language and display zone (a report period's
 * ends). English keeps formatTime's output without the year.
 * @example formatShortTimeIn('en', Date.UTC(2025, 11, 28, 22), 'taipei') // "29 Dec 06:00"
 * @example formatShortTimeIn('ja', Date.UTC(2025, 11, 28, 22), 'taipei') // "12月29日 6:00"
 */
export function formatShortTimeIn(lang: Lang, ts: number, zone: DisplayZone = 'taipei'): string {
	if (lang === 'en') return formatTime(ts, zone).replace(/ \d{4},/, '');
	return formatter(lang, 'short').format(ts + OFFSET_MS[zone]);
}

/**
 * A slider tick's label: day and month of a UTC midnight, without the year.
 * @example formatTickIn('en', Date.UTC(2025, 11, 30)) // "30 Dec"
 */
export function formatTickIn(lang: Lang, ts: number): string {
	if (lang === 'en') return formatTime(ts, 'utc', 'day').replace(/ \d{4}$/, '');
	return formatter(lang, 'tick').format(ts);
}

/**
 * The time stamp an export or the Export dialog shows, in a language: Taipei time, then UTC.
 * In English it equals core/export/timeStampText.
 * @example timeStampTextIn('ja', Date.UTC(2025, 11, 30)) // "2025年12月30日 8:00 台北時間 · 2025年12月30日 0:00 UTC"
 */
export function timeStampTextIn(lang: Lang, t: number): string {
	return `${formatTimeWithZone(lang, t, 'taipei')} · ${formatTimeWithZone(lang, t, 'utc')}`;
}
