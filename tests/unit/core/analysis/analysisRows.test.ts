import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { AnalysisFileSchema } from '../../../../src/lib/core/analysis/analysisSchema';
import { analysisRows } from '../../../../src/lib/core/analysis/analysisRows';

const file = v.parse(
	AnalysisFileSchema,
	JSON.parse(readFileSync('data/derived/analysis.json', 'utf8'))
);

describe('analysisRows()', () => {
	it('analysisRows() starts with a header and has one row per zone and per exercise', () => {
		const rows = analysisRows(file);
		expect(rows[0]?.[0]).toBe('level');
		expect(rows.length).toBe(1 + file.zones.length + file.exercises.length);
	});

	it('analysisRows() says "zones not published" for exercises without geometry', () => {
		const row = analysisRows(file).find((r) => r[1] === 'js2024a');
		expect(row?.at(-1)).toBe('zones not published');
	});

	it('analysisRows() gives every published row its basis', () => {
		for (const row of analysisRows(file).slice(1)) {
			if (row.at(-1) !== 'zones not published') expect(String(row.at(-1))).toContain('coastline');
		}
	});

	it('analysisRows() does not mutate the analysis', () => {
		const before = structuredClone(file);
		analysisRows(file);
		expect(file).toEqual(before);
	});
});
