import { isPlanned } from '../data/isPlanned';
import { tierLabel } from '../data/sourceTier';
import { formatMessage } from '../i18n/formatMessage';
import type { Lang } from '../i18n/languages';
import { laterEn, type LaterMessages } from '../i18n/messages/later/en';
import type { DisplayZone, TimePrecision } from '../time/formatTime';
import { formatLocalDateIn, formatTimeIn, zoneLabelIn } from '../time/formatTimeIn';

/** A cited source as shown to users. */
export interface SourceLink {
	url: string;
	title: string;
	publisher?: string;
	date?: string;
	/** How far the source can be trusted, as shown: "primary source", "reputable press", "secondary source". */
	tierLabel?: string;
}

/** What a popup or detail panel shows for one feature: all plain text, never HTML. */
export interface FeatureDescription {
	title: string;
	kind: string;
	rows: { label: string; value: string }[];
	precision: string;
	/** The precision as a word in the description's language (e.g. "概略"). */
	precisionText?: string;
	precisionNote?: string;
	summary?: string;
	correction?: { text: string; sources: SourceLink[] };
	sources: SourceLink[];
}

type Props = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

const KIND: Record<string, keyof LaterMessages> = {
	'drill-zones': 'kindDrillZone',
	'shipping-lanes': 'kindShippingLane',
	places: 'kindPlace',
	events: 'kindEvent',
	reference: 'kindReference'
};

/** Data values shown as words (category, kind, precision), by value. */
const VALUE: Record<string, keyof LaterMessages> = {
	military: 'valueMilitary',
	diplomatic: 'valueDiplomatic',
	economic: 'valueEconomic',
	capital: 'valueCapital',
	port: 'valuePort',
	island: 'valueIsland',
	exact: 'valueExact',
	approximate: 'valueApproximate'
};

/** The language a description is written in, with its catalogue; English by default. */
export interface DescribeLanguage {
	lang: Lang;
	m: LaterMessages;
}

const ENGLISH: DescribeLanguage = { lang: 'en', m: laterEn };

function sourcesOf(v: unknown): SourceLink[] {
	if (!Array.isArray(v)) return [];
	return v.flatMap((s: unknown) => {
		if (!s || typeof s !== 'object') return [];
		const o = s as Props;
		const url = str(o.url);
		if (!url || !/^https?:\/\//.test(url)) return [];
		return [
			{
				url,
				title: str(o.title) ?? url,
				publisher: str(o.publisher),
				date: str(o.date),
				tierLabel: tierLabel(o.tier)
			}
		];
	});
}

/**
 * "Planned (record as of 30 Nov 2026)" for an event that is still planned at the record's as-of
 * date (isPlanned on `time` and `as_of`); undefined otherwise.
 */
export function plannedStatus(
	props: Props,
	{ lang, m }: DescribeLanguage = ENGLISH
): string | undefined {
	if (!isPlanned(props.time, props.as_of)) return undefined;
	const date = formatLocalDateIn(lang, String(props.as_of), 'day') ?? String(props.as_of);
	return formatMessage(m.plannedAsOf, { date }, lang);
}

/** A time string shown to its known precision; day-only times keep their local calendar date. */
export function describeTime(
	iso: unknown,
	precision: unknown,
	zone: DisplayZone,
	{ lang, m }: DescribeLanguage = ENGLISH
): string | undefined {
	if (typeof iso !== 'string') return undefined;
	const ts = Date.parse(iso);
	if (Number.isNaN(ts)) return undefined;
	if (precision === 'day' || precision === 'month')
		return formatMessage(
			m.localDate,
			{ date: formatLocalDateIn(lang, iso, precision) ?? '' },
			lang
		);
	return `${formatTimeIn(lang, ts, zone, (precision as TimePrecision) ?? 'minute')} ${zoneLabelIn(lang, zone)}`;
}

/**
 * Turns a validated feature's properties into the plain-text description popups and panels
 * show: title, dates, precision, summary, correction and sources.
 */
export function describeFeature(
	source: string,
	props: Props,
	zone: DisplayZone = 'taipei',
	language: DescribeLanguage = ENGLISH
): FeatureDescription {
	const { m } = language;
	const word = (v: unknown) => {
		const s = str(v);
		const key = s ? VALUE[s] : undefined;
		return key ? m[key] : s;
	};
	const when = (iso: unknown, precision: unknown) => describeTime(iso, precision, zone, language);
	const rows: { label: string; value: string }[] = [];
	const add = (label: string, value: string | undefined) => {
		if (value) rows.push({ label, value });
	};
	if (source === 'drill-zones') {
		add(m.rowExercise, str(props.exercise_name));
		add(m.rowZone, str(props.label));
		add(m.rowAnnounced, when(props.announced, props.announced_precision ?? 'day'));
		add(m.rowActiveFrom, when(props.start, 'minute'));
		add(m.rowActiveUntil, when(props.end, 'minute'));
		add(m.rowImpacts, str(props.impacts));
		add(m.rowNote, str(props.note));
	} else if (source === 'events') {
		add(m.rowWhen, when(props.time, props.time_precision));
		add(m.rowUntil, when(props.end, props.time_precision));
		add(m.rowCategory, word(props.category));
		if (Array.isArray(props.actors)) add(m.rowActors, props.actors.join(m.listSeparator));
		add(m.rowStatus, plannedStatus(props, language));
	} else if (source === 'places') {
		add(m.rowKind, word(props.kind));
	} else if (source === 'reference') {
		if (props.secondary) add(m.rowStatus, m.statusSecondary);
	}
	const correction = props.correction as Props | undefined;
	return {
		title: str(props.name) ?? str(props.id) ?? m.unnamedFeature,
		kind: KIND[source] ? m[KIND[source]] : source,
		rows,
		precision: str(props.precision) ?? 'unknown',
		precisionText: word(props.precision) ?? 'unknown',
		precisionNote: str(props.precision_note),
		summary: str(props.summary),
		correction:
			correction && str(correction.text)
				? { text: str(correction.text)!, sources: sourcesOf(correction.sources) }
				: undefined,
		sources: sourcesOf(props.sources)
	};
}
