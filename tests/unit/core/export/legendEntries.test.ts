import { describe, expect, it } from 'vitest';
import { EXPORT_LEGEND, legendEntries } from '../../../../src/lib/core/export/legendEntries';

describe('legendEntries()', () => {
	it('legendEntries() keeps only the rows of the groups shown', () => {
		const rows = legendEntries(['events']);
		expect(rows.map((r) => r.label)).toEqual([
			'Military event',
			'Diplomatic event',
			'Economic event'
		]);
	});
	it('legendEntries() gives the whole legend when every group is shown and comparing', () => {
		expect(
			legendEntries(['drill-zones', 'shipping-lanes', 'reference', 'places', 'events'], true)
		).toEqual(EXPORT_LEGEND);
	});
	it('legendEntries() leaves out the August 2022 row unless its zones are drawn', () => {
		const labels = (comparing: boolean) =>
			legendEntries(['drill-zones'], comparing).map((r) => r.label);
		expect(labels(false)).not.toContain('August 2022 zone');
		expect(labels(true)).toContain('August 2022 zone');
	});
});
