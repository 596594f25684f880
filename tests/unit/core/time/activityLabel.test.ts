import { describe, expect, it } from 'vitest';
import type { ActivityDay } from '../../../../src/lib/core/data/activitySchema';
import {
	activityFigures,
	activityLabel,
	gapLabel,
	shortDate,
	sourceName
} from '../../../../src/lib/core/time/activityLabel';

const day: ActivityDay = {
	date: '2025-12-30',
	periodStart: '2025-12-29T06:00:00+08:00',
	periodEnd: '2025-12-30T06:00:00+08:00',
	aircraft: 130,
	aircraftMedianLineAdiz: 90,
	navyShips: 14,
	officialShips: null,
	balloons: 1,
	sources: [
		{
			url: 'https://a.example',
			title: 'a',
			publisher: 'Outlet A',
			date: '2025-12-30',
			tier: 'press',
			figures: ['aircraft']
		},
		{
			url: 'https://b.example',
			title: 'b',
			publisher: 'Outlet B',
			date: '2025-12-30',
			tier: 'press',
			figures: ['aircraft']
		}
	]
};
const start = Date.parse('2025-12-29T06:00:00+08:00');
const end = Date.parse('2025-12-30T06:00:00+08:00');

describe('activityFigures()', () => {
	it('activityFigures() gives each count, singular where it is one', () => {
		expect(activityFigures(day)).toBe(
			'130 aircraft sorties (90 across the median line into the ADIZ), 14 navy ships, official ships not reported, 1 balloon'
		);
	});
});

describe('activityLabel()', () => {
	it('activityLabel() names the report date, its period in Taipei time and its sources', () => {
		expect(activityLabel(day, start, end, true)).toBe(
			'MND report of 30 Dec 2025 (29 Dec 06:00 to 30 Dec 06:00 Taipei time): ' +
				'130 aircraft sorties (90 across the median line into the ADIZ), 14 navy ships, ' +
				'official ships not reported, 1 balloon. Source: Outlet A; Outlet B.'
		);
	});

	it('activityLabel() says only the end when the start is not stated', () => {
		expect(activityLabel(day, start, end, false)).toContain(
			'(24 hours to 30 Dec 06:00 Taipei time)'
		);
	});
});

describe('sourceName()', () => {
	it('sourceName() marks a secondary source', () => {
		expect(sourceName({ publisher: 'ANI via X', tier: 'secondary' })).toBe('ANI via X (secondary)');
		expect(sourceName({ publisher: 'CNA', tier: 'press' })).toBe('CNA');
	});
});

describe('gapLabel()', () => {
	it('gapLabel() says that no report was found', () => {
		expect(gapLabel('2025-12-22')).toBe('22 Dec 2025: no report found, figures unknown.');
	});
});

describe('shortDate()', () => {
	it('shortDate() gives day and month', () => {
		expect(shortDate('2026-01-02')).toBe('2 Jan');
	});
});
