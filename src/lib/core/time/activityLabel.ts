import type { ActivityDay, ActivitySource } from '../data/activitySchema';
import { formatLocalDate } from './formatLocalDate';
import { formatTime, MONTHS } from './formatTime';

const count = (n: number | null, one: string, many: string, unknown: string) =>
	n === null ? unknown : `${n} ${n === 1 ? one : many}`;

/** "29 Dec 06:00" for an epoch-ms time, in Taipei time. */
function shortTaipei(ts: number): string {
	return formatTime(ts, 'taipei').replace(/ \d{4},/, '');
}

/**
 * The figures of one report in words, with null figures said to be not reported.
 * @example activityFigures(day) // "130 aircraft sorties (90 across the median line into the ADIZ), 14 navy ships, 8 official ships, 1 balloon"
 */
export function activityFigures(day: ActivityDay): string {
	const air = count(day.aircraft, 'aircraft sortie', 'aircraft sorties', 'aircraft not reported');
	const cross =
		day.aircraftMedianLineAdiz === null
			? ''
			: ` (${day.aircraftMedianLineAdiz} across the median line into the ADIZ)`;
	return [
		air + cross,
		count(day.navyShips, 'navy ship', 'navy ships', 'navy ships not reported'),
		count(day.officialShips, 'official ship', 'official ships', 'official ships not reported'),
		count(day.balloons, 'balloon', 'balloons', 'balloons not reported')
	].join(', ');
}

/** A source's publisher, marked "(secondary)" when it only quotes or recalls MND's figures. */
export function sourceName(source: Pick<ActivitySource, 'publisher' | 'tier'>): string {
	return source.tier === 'secondary' ? `${source.publisher} (secondary)` : source.publisher;
}

/**
 * What a screen reader hears for one report: its date and period, its figures and its sources.
 * `start` and `end` are the period in epoch ms; `startStated` false says the start is assumed.
 */
export function activityLabel(
	day: ActivityDay,
	start: number,
	end: number,
	startStated: boolean
): string {
	const period = startStated
		? `${shortTaipei(start)} to ${shortTaipei(end)} Taipei time`
		: `24 hours to ${shortTaipei(end)} Taipei time`;
	const publishers = [...new Set(day.sources.map(sourceName))].join('; ');
	return `MND report of ${formatLocalDate(day.date)} (${period}): ${activityFigures(day)}. Source: ${publishers}.`;
}

/** What a screen reader hears for a date with no report found. */
export function gapLabel(date: string): string {
	return `${formatLocalDate(date)}: no report found, figures unknown.`;
}

/** "30 Dec" for a report date "2025-12-30". */
export function shortDate(date: string): string {
	const [, m, d] = date.split('-').map(Number) as [number, number, number];
	return `${d} ${MONTHS[m - 1] ?? ''}`;
}
