import { describe, expect, it } from 'vitest';
import { ACTIVITY_FILE } from '../../../../src/lib/core/data/dataFiles';
import { formatIssue } from '../../../../src/lib/core/data/formatIssue';
import { validateActivity } from '../../../../src/lib/core/data/validateActivity';
import { readDataFile } from './loadData';

const source = (figures: string[]) => ({
	url: 'https://example.org/report',
	title: 'A report',
	publisher: 'An outlet',
	date: '2025-12-30',
	tier: 'press',
	figures
});

const ALL = ['aircraft', 'aircraftMedianLineAdiz', 'navyShips', 'officialShips', 'balloons'];

function day(date: string, overrides: Record<string, unknown> = {}) {
	const prev = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
	return {
		date,
		periodStart: `${prev}T06:00:00+08:00`,
		periodEnd: `${date}T06:00:00+08:00`,
		aircraft: 10,
		aircraftMedianLineAdiz: 4,
		navyShips: 7,
		officialShips: 1,
		balloons: 0,
		sources: [source(ALL)],
		...overrides
	};
}

function file(days: unknown[]) {
	return {
		title: 'Test',
		asOf: '2026-11-30',
		span: { from: '2025-12-28', to: '2026-01-02' },
		days
	};
}

function messages(json: unknown): string[] {
	const r = validateActivity(json);
	return r.ok ? [] : r.errors.map(formatIssue);
}

describe('validateActivity', () => {
	it('accepts data/pla-activity.json', () => {
		expect(messages(readDataFile(ACTIVITY_FILE))).toEqual([]);
	});

	it('accepts a span with gap days that are simply not listed', () => {
		expect(messages(file([day('2025-12-28'), day('2025-12-31')]))).toEqual([]);
	});

	it('accepts null for a figure the report does not give, and a period with no stated start', () => {
		const d = day('2025-12-29', {
			periodStart: null,
			officialShips: null,
			balloons: null,
			sources: [source(['aircraft', 'aircraftMedianLineAdiz', 'navyShips'])]
		});
		expect(messages(file([d]))).toEqual([]);
	});

	it('rejects a negative count', () => {
		expect(messages(file([day('2025-12-29', { navyShips: -1 })])).join()).toMatch(/negative/);
	});

	it('rejects a count that is not a whole number', () => {
		expect(messages(file([day('2025-12-29', { aircraft: 2.5 })])).join()).toMatch(/whole number/);
	});

	it('rejects two reports for the same date', () => {
		expect(messages(file([day('2025-12-29'), day('2025-12-29')])).join()).toMatch(/duplicate/);
	});

	it('rejects a day with no source', () => {
		expect(messages(file([day('2025-12-29', { sources: [] })])).join()).toMatch(
			/at least one source/
		);
	});

	it('rejects a figure that no source confirms', () => {
		const d = day('2025-12-29', {
			sources: [source(['aircraft', 'navyShips', 'officialShips', 'balloons'])]
		});
		const r = validateActivity(file([d]));
		expect(r.ok ? [] : r.errors.map((e) => [e.field, e.message])).toEqual([
			['days[0].aircraftMedianLineAdiz', 'no source confirms this figure']
		]);
	});

	it('rejects a source that confirms a figure the day leaves null', () => {
		expect(messages(file([day('2025-12-29', { balloons: null })])).join()).toMatch(
			/confirms this figure but it is null/
		);
	});

	it('rejects a day whose figures are all null (a gap is left out, not listed empty)', () => {
		const d = day('2025-12-29', {
			aircraft: null,
			aircraftMedianLineAdiz: null,
			navyShips: null,
			officialShips: null,
			balloons: null,
			sources: [source(['aircraft'])]
		});
		expect(messages(file([d])).join()).toMatch(/no figure is a gap/);
	});

	it('rejects more median-line sorties than sorties', () => {
		expect(messages(file([day('2025-12-29', { aircraftMedianLineAdiz: 11 })])).join()).toMatch(
			/more than the sorties/
		);
	});

	it('rejects a period that does not end on the report date', () => {
		const d = day('2025-12-29', { periodEnd: '2025-12-30T06:00:00+08:00' });
		expect(messages(file([d])).join()).toMatch(/end on the report date/);
	});

	it('rejects a time without an explicit offset', () => {
		expect(
			messages(file([day('2025-12-29', { periodEnd: '2025-12-29T06:00:00' })])).join()
		).toMatch(/no explicit UTC offset/);
	});

	it('rejects overlapping periods', () => {
		const d = day('2025-12-30', { periodStart: '2025-12-29T05:00:00+08:00' });
		expect(messages(file([day('2025-12-29'), d])).join()).toMatch(
			/overlaps the period of 2025-12-29/
		);
	});

	it('rejects days out of order', () => {
		expect(messages(file([day('2025-12-30'), day('2025-12-29')])).join()).toMatch(/out of order/);
	});

	it('rejects a report date outside the span', () => {
		expect(messages(file([day('2026-01-05')])).join()).toMatch(/outside the span/);
	});

	it('rejects HTML in a source title', () => {
		const s = { ...source(ALL), title: '<b>A report</b>' };
		expect(messages(file([day('2025-12-29', { sources: [s] })])).join()).toMatch(/HTML/);
	});

	it('rejects an unknown tier', () => {
		const s = { ...source(ALL), tier: 'blog' };
		expect(messages(file([day('2025-12-29', { sources: [s] })]))).not.toEqual([]);
	});
});
