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

describe('describeFeature() in another language', () => {
	const event = {
		id: 'e',
		name: '高市首相の答弁',
		time: '2025-11-07T00:00:00+09:00',
		time_precision: 'day',
		category: 'diplomatic',
		actors: ['高市早苗'],
		precision: 'approximate',
		sources: [source]
	};

	it('describeFeature(s, p, zone, { lang, m }) writes labels, values and dates in that language', async () => {
		const { messages: m } = await import('../../../../src/lib/core/i18n/messages/later/ja');
		const d = describeFeature('events', event, 'taipei', { lang: 'ja', m });
		expect([d.kind, d.rows]).toEqual([
			'出来事',
			[
				{ label: '日時', value: '2025年11月7日（現地の日付）' },
				{ label: '分類', value: '外交' },
				{ label: '関係者', value: '高市早苗' }
			]
		]);
	});

	it("describeFeature() lists an event's actors with the language's list separator", async () => {
		const { messages: m } = await import('../../../../src/lib/core/i18n/messages/later/zh-Hant');
		const d = describeFeature('events', { ...event, actors: ['川普', '習近平'] }, 'taipei', {
			lang: 'zh-Hant',
			m
		});
		expect(d.rows.at(-1)).toEqual({ label: '相關人物', value: '川普、習近平' });
	});

	it('describeFeature() keeps the raw precision for styling and gives it as a word', async () => {
		const { messages: m } = await import('../../../../src/lib/core/i18n/messages/later/zh-Hant');
		const d = describeFeature('events', event, 'taipei', { lang: 'zh-Hant', m });
		expect([d.precision, d.precisionText]).toEqual(['approximate', '概略']);
	});

	it('describeFeature() writes a zone window in Taipei time in that language', async () => {
		const { messages: m } = await import('../../../../src/lib/core/i18n/messages/later/zh-Hant');
		const d = describeFeature(
			'drill-zones',
			{ id: 'z', name: 'Z', start: '2025-12-30T08:00:00+08:00', precision: 'exact', sources: [] },
			'taipei',
			{ lang: 'zh-Hant', m }
		);
		expect(d.rows).toEqual([{ label: '生效起', value: '2025年12月30日 08:00 台北時間' }]);
	});
});
