import type { ActivityDay, ActivitySource } from '../data/activitySchema';
import { formatMessage } from '../i18n/formatMessage';
import { intlLocale, type Lang } from '../i18n/languages';
import type { LaterKey, LaterMessages } from '../i18n/messages/later/en';
import { formatLocalDateIn, formatShortTimeIn, formatTickIn } from './formatTimeIn';

/** The catalogue's words for the activity strip (the `activity…` keys), in one language. */
export type ActivityWords = Pick<LaterMessages, Extract<LaterKey, `activity${string}`>>;

/** The three forms of a count's message: one, more than one (as the language counts), unknown. */
type CountKeys = readonly [
	one: keyof ActivityWords,
	other: keyof ActivityWords,
	unknown: keyof ActivityWords
];

const AIRCRAFT: CountKeys = [
	'activityAircraftOne',
	'activityAircraftOther',
	'activityAircraftUnknown'
];
const NAVY: CountKeys = ['activityNavyOne', 'activityNavyOther', 'activityNavyUnknown'];
const OFFICIAL: CountKeys = [
	'activityOfficialOne',
	'activityOfficialOther',
	'activityOfficialUnknown'
];
const BALLOONS: CountKeys = [
	'activityBalloonsOne',
	'activityBalloonsOther',
	'activityBalloonsUnknown'
];

const plurals = new Map<Lang, Intl.PluralRules>();

/** A count in words: the language's singular or plural form, or "not reported" for null. */
function count(n: number | null, keys: CountKeys, m: ActivityWords, lang: Lang): string {
	const [one, other, unknown] = keys;
	if (n === null) return m[unknown];
	let rules = plurals.get(lang);
	if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(intlLocale(lang))));
	return formatMessage(m[rules.select(n) === 'one' ? one : other], { count: n }, lang);
}

/**
 * The figures of one report in words, with null figures said to be not reported.
 * @example activityFigures(day, en, 'en') // "130 aircraft sorties (90 across the median line into the ADIZ), 14 navy ships, 8 official ships, 1 balloon"
 */
export function activityFigures(day: ActivityDay, m: ActivityWords, lang: Lang): string {
	const aircraft = count(day.aircraft, AIRCRAFT, m, lang);
	return formatMessage(
		m.activityFigures,
		{
			aircraft:
				day.aircraftMedianLineAdiz === null
					? aircraft
					: formatMessage(m.activityAcross, { aircraft, count: day.aircraftMedianLineAdiz }, lang),
			navy: count(day.navyShips, NAVY, m, lang),
			official: count(day.officialShips, OFFICIAL, m, lang),
			balloons: count(day.balloons, BALLOONS, m, lang)
		},
		lang
	);
}

/** A source's publisher, marked "(secondary)" when it only quotes or recalls MND's figures. */
export function sourceName(
	source: Pick<ActivitySource, 'publisher' | 'tier'>,
	m: ActivityWords
): string {
	return source.tier === 'secondary'
		? `${source.publisher}${m.activitySecondary}`
		: source.publisher;
}

/**
 * What a screen reader hears for one report: its date and period, its figures and its sources.
 * `start` and `end` are the period in epoch ms; `startStated` false says the start is assumed.
 */
export function activityLabel(
	day: ActivityDay,
	start: number,
	end: number,
	startStated: boolean,
	m: ActivityWords,
	lang: Lang
): string {
	const endText = formatShortTimeIn(lang, end, 'taipei');
	const period = startStated
		? formatMessage(
				m.activityPeriod,
				{ start: formatShortTimeIn(lang, start, 'taipei'), end: endText },
				lang
			)
		: formatMessage(m.activityPeriodAssumed, { end: endText }, lang);
	const publishers = [...new Set(day.sources.map((s) => sourceName(s, m)))];
	return formatMessage(
		m.activityLabel,
		{
			date: formatLocalDateIn(lang, day.date) ?? day.date,
			period,
			figures: activityFigures(day, m, lang),
			sources: publishers.join(m.activitySourceSeparator)
		},
		lang
	);
}

/** What a screen reader hears for a date with no report found. */
export function gapLabel(date: string, m: ActivityWords, lang: Lang): string {
	return formatMessage(m.activityGap, { date: formatLocalDateIn(lang, date) ?? date }, lang);
}

/**
 * Day and month of a report date "2025-12-30", in a language.
 * @example shortDate('2025-12-30', 'en') // "30 Dec"
 * @example shortDate('2025-12-30', 'ja') // "12月30日"
 */
export function shortDate(date: string, lang: Lang): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return formatTickIn(lang, Date.UTC(y, m - 1, d));
}
