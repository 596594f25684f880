import { describe, expect, it } from 'vitest';
import type { ActivityDay } from '../../../../src/lib/core/data/activitySchema';
import {
	activityFigures,
	activityLabel,
	gapLabel,
	shortDate,
	sourceName
} from '../../../../src/lib/core/time/activityLabel';
import { laterEn as en } from '../../../../src/lib/core/i18n/messages/later/en';
import { messages as ja } from '../../../../src/lib/core/i18n/messages/later/ja';
import { messages as zhHant } from '../../../../src/lib/core/i18n/messages/later/zh-Hant';

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
		expect(activityFigures(day, en, 'en')).toBe(
			'130 aircraft sorties (90 across the median line into the ADIZ), 14 navy ships, official ships not reported, 1 balloon'
		);
	});

	it('activityFigures() leaves out the median-line figure when it is not reported', () => {
		expect(activityFigures({ ...day, aircraftMedianLineAdiz: null }, en, 'en')).toMatch(
			/^130 aircraft sorties, 14 navy ships/
		);
	});

	it('activityFigures() writes the figures in the language of the words given', () => {
		expect(activityFigures(day, zhHant, 'zh-Hant')).toBe(
			'共機 130 架次（其中 90 架次逾越海峽中線進入防空識別區）、共艦 14 艘、公務船數未報告、空飄氣球 1 顆'
		);
		expect(activityFigures(day, ja, 'ja')).toBe(
			'軍用機 延べ 130 機（うち 90 機が中間線を越えて防空識別圏に進入）、艦艇 14 隻、公船の数は発表なし、気球 1 個'
		);
	});
});

describe('activityLabel()', () => {
	it('activityLabel() names the report date, its period in Taipei time and its sources', () => {
		expect(activityLabel(day, start, end, true, en, 'en')).toBe(
			'MND report of 30 Dec 2025 (29 Dec 06:00 to 30 Dec 06:00 Taipei time): ' +
				'130 aircraft sorties (90 across the median line into the ADIZ), 14 navy ships, ' +
				'official ships not reported, 1 balloon. Source: Outlet A; Outlet B.'
		);
	});

	it('activityLabel() says only the end when the start is not stated', () => {
		expect(activityLabel(day, start, end, false, en, 'en')).toContain(
			'(24 hours to 30 Dec 06:00 Taipei time)'
		);
	});

	it('activityLabel() writes dates, period and sources in the language given', () => {
		expect(activityLabel(day, start, end, true, ja, 'ja')).toBe(
			'国防部の2025年12月30日の発表（台北時間 12月29日 6:00〜12月30日 6:00）：' +
				'軍用機 延べ 130 機（うち 90 機が中間線を越えて防空識別圏に進入）、艦艇 14 隻、' +
				'公船の数は発表なし、気球 1 個。出典：Outlet A、Outlet B。'
		);
		expect(activityLabel(day, start, end, false, zhHant, 'zh-Hant')).toContain(
			'（至台北時間 12月30日 06:00 為止的 24 小時）'
		);
	});
});

describe('sourceName()', () => {
	it('sourceName() marks a secondary source', () => {
		expect(sourceName({ publisher: 'ANI via X', tier: 'secondary' }, en)).toBe(
			'ANI via X (secondary)'
		);
		expect(sourceName({ publisher: 'CNA', tier: 'press' }, en)).toBe('CNA');
		expect(sourceName({ publisher: 'ANI via X', tier: 'secondary' }, zhHant)).toBe(
			'ANI via X（二手來源）'
		);
	});
});

describe('gapLabel()', () => {
	it('gapLabel() says that no report was found', () => {
		expect(gapLabel('2025-12-22', en, 'en')).toBe('22 Dec 2025: no report found, figures unknown.');
		expect(gapLabel('2025-12-22', ja, 'ja')).toBe(
			'2025年12月22日：発表が見つからず、数値は不明です。'
		);
	});
});

describe('shortDate()', () => {
	it('shortDate() gives day and month', () => {
		expect(shortDate('2026-01-02', 'en')).toBe('2 Jan');
		expect(shortDate('2026-01-02', 'zh-Hant')).toBe('1月2日');
	});
});
