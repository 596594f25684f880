import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../../src/lib/core/import/fromCsv';
import { mergeOrder, mergeParts } from '../../../../src/lib/core/import/mergeParts';
import { splitCsv } from '../../../../src/lib/core/import/splitCsv';
import type { ColumnMapping } from '../../../../src/lib/core/import/types';

const MAPPING: ColumnMapping = {
	lat: 'lat',
	lon: 'lon',
	time: 'time',
	end: null,
	category: 'kind',
	name: 'name'
};
const OPTIONS = { mapping: MAPPING, timeZone: 'UTC' };

/**
 * A made-up CSV of `n` rows with what a merge must keep in order: times shared by rows in both
 * halves, bad latitudes and empty times (row errors), rows with a field too many or too few,
 * blank lines, categories first met in the second half, a column only some rows fill.
 */
function messyCsv(n: number, delimiter = ',', newline = '\n'): string {
	const lines = [['lat', 'lon', 'time', 'kind', 'name', 'note'].join(delimiter)];
	for (let i = 0; i < n; i++) {
		const lat = i % 17 === 0 ? '95' : String(22 + (i % 10) / 10);
		const time = i % 23 === 0 ? '' : new Date(Date.UTC(2025, 11, 1, i % 40)).toISOString();
		const kind = i > n / 2 && i % 5 === 0 ? `late${i % 3}` : `kind${i % 7}`;
		const cells = [lat, '120.5', time, kind, `row ${i}`, i % 4 === 0 ? `note ${i}` : ''];
		if (i % 29 === 0) cells.push('extra');
		if (i % 31 === 0) cells.pop();
		lines.push(cells.join(delimiter));
		if (i % 13 === 0) lines.push('');
	}
	return lines.join(newline) + newline;
}

/** One read of the whole text, and the merge of its two halves read apart. */
function bothWays(text: string, delimiter?: string) {
	const whole = readCsvText(text, OPTIONS, delimiter).part();
	const halves = splitCsv(text, delimiter, 0);
	if (!halves) throw new Error('the text was not split');
	const read = (t: string) => readCsvText(t, OPTIONS, halves.delimiter, halves.newline).part();
	const { points, errors, errorCount, total } = whole;
	return {
		expected: { points, errors, errorCount, total },
		merged: mergeParts(read(halves.first), read(halves.second))
	};
}

describe('mergeParts', () => {
	it('mergeParts() of the two halves gives what one read of the whole text gives', () => {
		const { expected, merged } = bothWays(messyCsv(400));
		expect(merged.errorCount).toBeGreaterThan(20);
		expect(merged.points.categories).toContain('late1');
		expect(merged).toEqual(expected);
	});

	it('mergeParts() gives what one read gives for tab-separated text with CRLF line breaks', () => {
		const { expected, merged } = bothWays(messyCsv(300, '\t', '\r\n'), '\t');
		expect(merged).toEqual(expected);
	});

	it("mergeParts() numbers the second half's rows after the first's, as the file does", () => {
		const { merged } = bothWays(messyCsv(400));
		const badLatitudes = merged.errors.filter((e) => e.column === 'lat').map((e) => e.where);
		// Record i (from 0) is row i + 2: the header is row 1, blank lines are not records.
		const expected = Array.from({ length: 400 }, (_, i) => i)
			.filter((i) => i % 17 === 0)
			.map((i) => ({ kind: 'row', n: i + 2 }));
		expect(badLatitudes).toEqual(expected);
	});
});

describe('mergeOrder', () => {
	it("mergeOrder() merges two sorted runs stably, the first run's point first on a tie", () => {
		const a = new Float64Array([1, 3, 3, NaN]);
		const b = new Float64Array([0, 3, NaN]);
		expect([...mergeOrder(a, b)]).toEqual([4, 0, 1, 2, 5, 3, 6]);
	});
});
