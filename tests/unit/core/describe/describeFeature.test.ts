import { describe, expect, it } from 'vitest';
import { describeFeature } from '../../../../src/lib/core/describe/describeFeature';

const source = {
	url: 'https://example.org/a',
	title: 'A report',
	publisher: 'Example',
	date: '2025-12-30'
};

describe('describeFeature()', () => {
	it('describeFeature() gives an event its local date, category and actors', () => {
		const d = describeFeature('events', {
			id: 'e',
			name: 'Diet remark',
			time: '2025-11-07T00:00:00+09:00',
			time_precision: 'day',
			category: 'diplomatic',
			actors: ['Sanae Takaichi'],
			precision: 'approximate',
			sources: [source]
		});
		expect(d.rows).toEqual([
			{ label: 'When', value: '7 Nov 2025 (local date)' },
			{ label: 'Category', value: 'diplomatic' },
			{ label: 'Actors', value: 'Sanae Takaichi' }
		]);
	});

	it('describeFeature() marks an event still planned at the as-of date', () => {
		const d = describeFeature('events', {
			name: 'G20 summit',
			time: '2026-12-14T00:00:00-05:00',
			time_precision: 'day',
			as_of: '2026-11-30',
			precision: 'approximate',
			sources: [source]
		});
		expect(d.rows).toContainEqual({ label: 'Status', value: 'Planned (record as of 30 Nov 2026)' });
	});

	it('describeFeature() gives a past event no planned status, whatever its stored flag', () => {
		const d = describeFeature('events', {
			name: 'Visit',
			time: '2026-03-19T00:00:00-04:00',
			time_precision: 'day',
			as_of: '2026-11-30',
			future: true,
			precision: 'approximate',
			sources: [source]
		});
		expect(d.rows.map((r) => r.label)).not.toContain('Status');
	});

	it('describeFeature() labels each source with its tier', () => {
		const d = describeFeature('places', {
			name: 'Port',
			precision: 'approximate',
			sources: [
				{ ...source, tier: 'primary' },
				{ ...source, url: 'https://example.org/b', tier: 'secondary' }
			]
		});
		expect(d.sources.map((s) => s.tierLabel)).toEqual(['primary source', 'secondary source']);
	});

	it('describeFeature() shows a zone window in Taipei time', () => {
		const d = describeFeature('drill-zones', {
			name: 'Zone 1',
			start: '2025-12-30T08:00:00+08:00',
			end: '2025-12-30T18:00:00+08:00',
			precision: 'exact',
			sources: [source]
		});
		expect(d.rows).toContainEqual({
			label: 'Active from',
			value: '30 Dec 2025, 08:00 Taipei time (UTC+8)'
		});
		expect(d.rows).toContainEqual({
			label: 'Active until',
			value: '30 Dec 2025, 18:00 Taipei time (UTC+8)'
		});
	});

	it('describeFeature() carries the correction with its sources', () => {
		const d = describeFeature('events', {
			name: 'Advisory',
			precision: 'exact',
			sources: [source],
			correction: { text: 'It concerned Japan.', sources: [source] }
		});
		expect(d.correction).toEqual({ text: 'It concerned Japan.', sources: [source] });
	});

	it('describeFeature() drops source links that are not http(s)', () => {
		const d = describeFeature('places', {
			name: 'X',
			precision: 'exact',
			sources: [{ url: 'javascript:alert(1)', title: 'bad' }, source]
		});
		expect(d.sources.map((s) => s.url)).toEqual([source.url]);
	});

	it('describeFeature() keeps markup in names as plain text', () => {
		const d = describeFeature('places', { name: '<img src=x>', precision: 'exact', sources: [] });
		expect(d.title).toBe('<img src=x>');
	});

	it('describeFeature() marks a secondary reference line', () => {
		const d = describeFeature('reference', {
			name: 'ADIZ',
			secondary: true,
			precision: 'approximate'
		});
		expect(d.rows[0]?.label).toBe('Status');
	});
});
