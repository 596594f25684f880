import { isPlanned } from '../data/isPlanned';
import { tierLabel } from '../data/sourceTier';
import { formatLocalDate } from '../time/formatLocalDate';
import { formatTime, zoneLabel, type DisplayZone, type TimePrecision } from '../time/formatTime';

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
	precisionNote?: string;
	summary?: string;
	correction?: { text: string; sources: SourceLink[] };
	sources: SourceLink[];
}

type Props = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

const KIND: Record<string, string> = {
	'drill-zones': 'Drill zone',
	'shipping-lanes': 'Shipping lane',
	places: 'Place',
	events: 'Event',
	reference: 'Reference line'
};

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
export function plannedStatus(props: Props): string | undefined {
	if (!isPlanned(props.time, props.as_of)) return undefined;
	return `Planned (record as of ${formatLocalDate(String(props.as_of), 'day')})`;
}

/** A time string shown to its known precision; day-only times keep their local calendar date. */
export function describeTime(
	iso: unknown,
	precision: unknown,
	zone: DisplayZone
): string | undefined {
	if (typeof iso !== 'string') return undefined;
	const ts = Date.parse(iso);
	if (Number.isNaN(ts)) return undefined;
	if (precision === 'day' || precision === 'month')
		return `${formatLocalDate(iso, precision)} (local date)`;
	return `${formatTime(ts, zone, (precision as TimePrecision) ?? 'minute')} ${zoneLabel(zone)}`;
}

/**
 * Turns a validated feature's properties into the plain-text description popups and panels
 * show: title, dates, precision, summary, correction and sources.
 */
export function describeFeature(
	source: string,
	props: Props,
	zone: DisplayZone = 'taipei'
): FeatureDescription {
	const rows: { label: string; value: string }[] = [];
	const add = (label: string, value: string | undefined) => {
		if (value) rows.push({ label, value });
	};
	if (source === 'drill-zones') {
		add('Exercise', str(props.exercise_name));
		add('Zone', str(props.label));
		add('Announced', describeTime(props.announced, props.announced_precision ?? 'day', zone));
		add('Active from', describeTime(props.start, 'minute', zone));
		add('Active until', describeTime(props.end, 'minute', zone));
		add('Impacts', str(props.impacts));
		add('Note', str(props.note));
	} else if (source === 'events') {
		add('When', describeTime(props.time, props.time_precision, zone));
		add('Until', describeTime(props.end, props.time_precision, zone));
		add('Category', str(props.category));
		if (Array.isArray(props.actors)) add('Actors', props.actors.join(', '));
		add('Status', plannedStatus(props));
	} else if (source === 'places') {
		add('Kind', str(props.kind));
	} else if (source === 'reference') {
		if (props.secondary) add('Status', 'Secondary source, not checked against an official text');
	}
	const correction = props.correction as Props | undefined;
	return {
		title: str(props.name) ?? str(props.id) ?? 'Unnamed feature',
		kind: KIND[source] ?? source,
		rows,
		precision: str(props.precision) ?? 'unknown',
		precisionNote: str(props.precision_note),
		summary: str(props.summary),
		correction:
			correction && str(correction.text)
				? { text: str(correction.text)!, sources: sourcesOf(correction.sources) }
				: undefined,
		sources: sourcesOf(props.sources)
	};
}
