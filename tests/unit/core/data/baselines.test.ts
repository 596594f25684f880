import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { limitLine } from '../../../../src/lib/core/analysis/limitLine';
import {
	baselineIssues,
	type BaselineFeature
} from '../../../../src/lib/core/data/baselinesSchema';
import { validateDataset } from '../../../../src/lib/core/data/validateDataset';
import { readDataFile } from './loadData';

const result = validateDataset('baselines.geojson', readDataFile('baselines.geojson'));
if (!result.ok) throw new Error('data/baselines.geojson does not validate');
const features = result.data.features;
const byKind = (kind: string) => features.filter((f) => f.properties.kind === kind);

/** A baseline-like feature with the given line, for the rule tests. */
function line(
	coordinates: [number, number][],
	kind: BaselineFeature['properties']['kind'] = 'baseline'
): BaselineFeature {
	return {
		type: 'Feature',
		properties: {
			id: 'x',
			name: 'x',
			kind,
			secondary: true,
			precision: 'approximate',
			sources: [{ url: 'https://example.org', title: 't', publisher: 'p' }]
		},
		geometry: { type: 'LineString', coordinates }
	};
}

describe('data/baselines.geojson (data check)', () => {
	it('holds the Taiwan and Dongsha baselines and the 22 base points T1-T22', () => {
		expect(byKind('baseline').map((f) => f.properties.id)).toEqual([
			'baseline-taiwan',
			'baseline-dongsha'
		]);
		expect(byKind('base_point').map((f) => f.properties.code)).toEqual(
			Array.from({ length: 22 }, (_, i) => `T${i + 1}`)
		);
	});

	it('every baseline and limit is closed and every feature cites a source', () => {
		for (const f of features) {
			expect(f.properties.sources.length, f.properties.id).toBeGreaterThan(0);
			if (f.geometry.type !== 'LineString') continue;
			const c = f.geometry.coordinates;
			expect(c[0], f.properties.id).toEqual(c[c.length - 1]);
		}
	});

	it('every base point is a vertex of the Taiwan baseline', () => {
		const ring = byKind('baseline')[0]!.geometry.coordinates as [number, number][];
		for (const p of byKind('base_point')) {
			const at = p.geometry.coordinates as [number, number];
			expect(
				ring.some((q) => q[0] === at[0] && q[1] === at[1]),
				p.properties.id
			).toBe(true);
		}
	});

	it('the stored 12-nm and 24-nm lines equal limitLine() of their baseline (not stale), within 20 m', () => {
		const limits = [...byKind('territorial_sea_limit'), ...byKind('contiguous_zone_limit')];
		expect(limits).toHaveLength(4);
		for (const l of limits) {
			const base = features.find((f) => f.properties.id === l.properties.computed_from)!;
			const fresh = limitLine(
				base.geometry.coordinates as [number, number][],
				l.properties.distance_nm!,
				16
			);
			const stored = l.geometry.coordinates as [number, number][];
			expect(stored.length, l.properties.id).toBe(fresh.length);
			const worst = Math.max(...stored.map((p, i) => distance(p, fresh[i]!)));
			expect(worst, l.properties.id).toBeLessThan(0.02);
		}
	});
});

describe('baselineIssues()', () => {
	it('baselineIssues() rejects a baseline whose first and last positions differ', () => {
		const open = line([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1]
		]);
		expect(baselineIssues(open, new Set()).map((i) => i.field)).toEqual(['geometry.coordinates']);
	});

	it('baselineIssues() rejects a limit that names no baseline of the file', () => {
		const limit = line(
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			],
			'territorial_sea_limit'
		);
		limit.properties.distance_nm = 12;
		limit.properties.computed_from = 'baseline-nowhere';
		expect(baselineIssues(limit, new Set(['baseline-taiwan'])).map((i) => i.field)).toEqual([
			'properties.computed_from'
		]);
	});
});
