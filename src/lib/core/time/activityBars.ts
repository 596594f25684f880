import { scaleLinear } from 'd3-scale';
import type { ActivityDay, ActivityFigure, ActivityFile } from '../data/activitySchema';
import { parseIsoDate, parseIsoTime } from '../data/parseIsoTime';
import { sliderScale } from './sliderScale';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** MND's daily reports run from 06:00 to 06:00 Taipei time. */
const REPORT_HOUR = 6;

/** One day's report placed on the slider track. */
export interface ActivityBar {
	kind: 'report';
	date: string;
	/** Period in epoch ms; `start` is `end` minus 24 h when the source states only the end. */
	start: number;
	end: number;
	startStated: boolean;
	/** Left edge and width on the track, in px. */
	x: number;
	width: number;
	/** Bar heights in px; null where the report gives no figure. */
	heights: Record<ActivityFigure, number | null>;
	day: ActivityDay;
}

/** A report date of the span for which no report was found, over MND's usual 06:00-06:00 period. */
export interface ActivityGap {
	kind: 'gap';
	date: string;
	start: number;
	end: number;
	x: number;
	width: number;
}

/** Bars and gaps in time order, and the largest values the heights are scaled to. */
export interface ActivityLayout {
	items: (ActivityBar | ActivityGap)[];
	max: { aircraft: number; ships: number; balloons: number };
}

/** Heights in px of the strip's rows: aircraft, ships (navy and official), balloons. */
export interface ActivityRows {
	aircraft: number;
	ships: number;
	balloons: number;
}

function addDays(date: string, n: number): string {
	const t = Date.parse(`${date}T00:00:00Z`) + n * DAY;
	return new Date(t).toISOString().slice(0, 10);
}

/** The end of MND's usual period for a report date: 06:00 Taipei time that day. */
function usualEnd(date: string): number {
	return (parseIsoDate(date) ?? NaN) + REPORT_HOUR * HOUR;
}

const maxOf = (values: (number | null)[]) =>
	Math.max(1, ...values.filter((n): n is number => n !== null));

/**
 * Lays the daily reports out on the time slider's track with the slider's own d3 scale, so each
 * bar spans its report's period: x and width from the period, heights from the counts (null for
 * a figure not reported), and a gap for each date of the span with no report. Items wholly
 * outside the slider's domain are left out.
 * @example activityBars(file, timeline.domain, 600, { aircraft: 28, ships: 14, balloons: 6 })
 */
export function activityBars(
	file: Pick<ActivityFile, 'span' | 'days'>,
	domain: readonly [number, number],
	width: number,
	rows: ActivityRows
): ActivityLayout {
	const x = sliderScale(domain, width);
	const max = {
		aircraft: maxOf(file.days.map((d) => d.aircraft)),
		ships: maxOf(file.days.map((d) => Math.max(d.navyShips ?? 0, d.officialShips ?? 0))),
		balloons: maxOf(file.days.map((d) => d.balloons))
	};
	const air = scaleLinear().domain([0, max.aircraft]).range([0, rows.aircraft]);
	const ships = scaleLinear().domain([0, max.ships]).range([0, rows.ships]);
	const balloons = scaleLinear().domain([0, max.balloons]).range([0, rows.balloons]);
	const h = (scale: (n: number) => number, n: number | null) => (n === null ? null : scale(n));

	const place = (start: number, end: number) => {
		const left = x(start);
		return { x: left, width: x(end) - left };
	};
	const inDomain = (start: number, end: number) => end > domain[0] && start < domain[1];

	const items: (ActivityBar | ActivityGap)[] = [];
	const byDate = new Map(file.days.map((d) => [d.date, d]));
	for (let date = file.span.from; date <= file.span.to; date = addDays(date, 1)) {
		const day = byDate.get(date);
		if (!day) {
			const end = usualEnd(date);
			if (inDomain(end - DAY, end))
				items.push({ kind: 'gap', date, start: end - DAY, end, ...place(end - DAY, end) });
			continue;
		}
		const end = parseIsoTime(day.periodEnd) ?? usualEnd(date);
		const stated = day.periodStart === null ? null : parseIsoTime(day.periodStart);
		const start = stated ?? end - DAY;
		if (!inDomain(start, end)) continue;
		items.push({
			kind: 'report',
			date,
			start,
			end,
			startStated: stated !== null,
			...place(start, end),
			heights: {
				aircraft: h(air, day.aircraft),
				aircraftMedianLineAdiz: h(air, day.aircraftMedianLineAdiz),
				navyShips: h(ships, day.navyShips),
				officialShips: h(ships, day.officialShips),
				balloons: h(balloons, day.balloons)
			},
			day
		});
	}
	return { items, max };
}

/** The bar or gap whose period holds the time t (start inclusive, end exclusive), or null. */
export function activityAt<T extends { start: number; end: number }>(
	items: readonly T[],
	t: number
): T | null {
	return items.find((i) => i.start <= t && t < i.end) ?? null;
}
