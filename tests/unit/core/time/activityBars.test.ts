import { describe, expect, it } from 'vitest';
import type { ActivityDay } from '../../../../src/lib/core/data/activitySchema';
import {
	activityAt,
	activityBars,
	type ActivityBar
} from '../../../../src/lib/core/time/activityBars';
import { sliderScale } from '../../../../src/lib/core/time/sliderScale';

const ROWS = { aircraft: 30, ships: 12, balloons: 6 };
const H = 3_600_000;
const at6 = (date: string) => Date.parse(`${date}T06:00:00+08:00`);

function day(date: string, prev: string | null, figures: Partial<ActivityDay> = {}): ActivityDay {
	return {
		date,
		periodStart: prev === null ? null : `${prev}T06:00:00+08:00`,
		periodEnd: `${date}T06:00:00+08:00`,
		aircraft: 10,
		aircraftMedianLineAdiz: 5,
		navyShips: 8,
		officialShips: 2,
		balloons: null,
		sources: [
			{
				url: 'https://example.org',
				title: 't',
				publisher: 'p',
				date,
				tier: 'press',
				figures: ['aircraft']
			}
		],
		...figures
	};
}

const file = {
	span: { from: '2025-12-29', to: '2025-12-31' },
	days: [day('2025-12-29', '2025-12-28'), day('2025-12-30', null, { aircraft: 130 })]
};
const domain: [number, number] = [at6('2025-12-27'), at6('2026-01-02')];

const report = (date: string) =>
	activityBars(file, domain, 600, ROWS).items.find(
		(i): i is ActivityBar => i.kind === 'report' && i.date === date
	);

describe('activityBars()', () => {
	it('activityBars() spans a bar over its period on the slider scale', () => {
		const s = sliderScale(domain, 600);
		const bar = report('2025-12-29')!;
		expect(bar.x).toBeCloseTo(s(at6('2025-12-28')), 9);
		expect(bar.x + bar.width).toBeCloseTo(s(at6('2025-12-29')), 9);
		expect(bar.startStated).toBe(true);
	});

	it('activityBars() takes the 24 hours before the end when the source states no start', () => {
		const bar = report('2025-12-30')!;
		expect(bar.startStated).toBe(false);
		expect(bar.end - bar.start).toBe(24 * H);
		expect(bar.end).toBe(at6('2025-12-30'));
	});

	it('activityBars() puts a gap on MND’s usual period for a span date with no report', () => {
		const gaps = activityBars(file, domain, 600, ROWS).items.filter((i) => i.kind === 'gap');
		expect(gaps.map((g) => [g.date, g.start, g.end])).toEqual([
			['2025-12-31', at6('2025-12-30'), at6('2025-12-31')]
		]);
	});

	it('activityBars() scales aircraft heights to the largest count', () => {
		const layout = activityBars(file, domain, 600, ROWS);
		expect(layout.max.aircraft).toBe(130);
		expect(report('2025-12-30')!.heights.aircraft).toBe(ROWS.aircraft);
		expect(report('2025-12-29')!.heights.aircraft).toBeCloseTo((10 / 130) * ROWS.aircraft, 9);
		expect(report('2025-12-29')!.heights.aircraftMedianLineAdiz).toBeCloseTo(
			(5 / 130) * ROWS.aircraft,
			9
		);
	});

	it('activityBars() keeps null for a figure the report does not give', () => {
		expect(report('2025-12-29')!.heights.balloons).toBeNull();
	});

	it('activityBars() draws a zero count as a zero height, not as unknown', () => {
		const f = { ...file, days: [day('2025-12-29', '2025-12-28', { aircraft: 0 })] };
		const bar = activityBars(f, domain, 600, ROWS).items[0] as ActivityBar;
		expect(bar.heights.aircraft).toBe(0);
	});

	it('activityBars() leaves out days wholly outside the slider domain', () => {
		const narrow: [number, number] = [at6('2025-12-29'), at6('2025-12-30')];
		expect(activityBars(file, narrow, 600, ROWS).items.map((i) => i.date)).toEqual(['2025-12-30']);
	});

	it('activityBars() orders bars and gaps by date', () => {
		expect(activityBars(file, domain, 600, ROWS).items.map((i) => i.date)).toEqual([
			'2025-12-29',
			'2025-12-30',
			'2025-12-31'
		]);
	});
});

describe('activityAt()', () => {
	const items = activityBars(file, domain, 600, ROWS).items;

	it('activityAt() finds the report whose period holds the time', () => {
		expect(activityAt(items, at6('2025-12-29') + 10 * H)?.date).toBe('2025-12-30');
	});

	it('activityAt() gives 06:00 to the report that starts then', () => {
		expect(activityAt(items, at6('2025-12-29'))?.date).toBe('2025-12-30');
		expect(activityAt(items, at6('2025-12-29') - 1)?.date).toBe('2025-12-29');
	});

	it('activityAt() finds the gap for a time in a day with no report', () => {
		expect(activityAt(items, at6('2025-12-30') + H)?.kind).toBe('gap');
	});

	it('activityAt() returns null outside every period', () => {
		expect(activityAt(items, at6('2026-01-01') + H)).toBeNull();
	});
});
