import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AnalysisFileSchema } from '../../../../src/lib/core/analysis/analysisSchema';
import { roundSignificant } from '../../../../src/lib/core/analysis/roundSignificant';
import { pointInZone } from '../../../../src/lib/core/analysis/pointInZone';
import { zoneArea } from '../../../../src/lib/core/analysis/zoneArea';
import { validateDataset } from '../../../../src/lib/core/data/validateDataset';

/** Reads a file under the repository's data/ directory. */
function readData(path: string): unknown {
	const url = new URL(`../../../../data/${path}`, import.meta.url);
	return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as unknown;
}

const raw = readData('derived/analysis.json');
const zonesResult = validateDataset('drill-zones.geojson', readData('drill-zones.geojson'));
if (!zonesResult.ok) throw new Error('data/drill-zones.geojson does not validate');
const jm2025 = zonesResult.data.features.filter((z) => z.properties.exercise === 'jm2025');

describe('data/derived/analysis.json', () => {
	it('AnalysisFileSchema validates data/derived/analysis.json', () => {
		const result = v.safeParse(AnalysisFileSchema, raw);
		const issues = result.success
			? []
			: result.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`);
		expect(issues).toEqual([]);
	});

	it('analysis.json lists every JM2025 zone of data/drill-zones.geojson', () => {
		const file = v.parse(AnalysisFileSchema, raw);
		const listed = file.zones.filter((z) => z.exercise === 'jm2025').map((z) => z.id);
		expect(listed).toEqual(jm2025.map((z) => z.properties.id));
	});

	it('zoneArea() of each JM2025 zone in data/drill-zones.geojson matches analysis.json (not stale)', () => {
		const file = v.parse(AnalysisFileSchema, raw);
		for (const zone of jm2025) {
			const entry = file.zones.find((z) => z.id === zone.properties.id);
			const km2 = zoneArea(zone).km2;
			expect(entry?.area.km2, zone.properties.id).toBeCloseTo(km2, 1);
			expect(entry?.area.km2_rounded, zone.properties.id).toBe(roundSignificant(km2));
		}
	});

	it('analysis.json gives the JM2025 total area as the sum of its zones', () => {
		const file = v.parse(AnalysisFileSchema, raw);
		const ex = file.exercises.find((x) => x.id === 'jm2025');
		const sum = jm2025.reduce((s, z) => s + zoneArea(z).km2, 0);
		expect(ex?.zones_published && ex.total_area.km2).toBeCloseTo(sum, 1);
	});

	it('pointInZone() of the Qixingyan base point in JM2025 zone 4 matches analysis.json (not stale)', () => {
		const file = v.parse(AnalysisFileSchema, raw);
		const baselines = validateDataset('baselines.geojson', readData('baselines.geojson'));
		if (!baselines.ok) throw new Error('data/baselines.geojson does not validate');
		const q = baselines.data.features.find((f) => f.properties.id === 'basepoint-t15');
		const zone4 = jm2025.find((z) => z.properties.id === 'jm2025-z4');
		if (!q || q.geometry.type !== 'Point' || !zone4) throw new Error('missing Qixingyan or zone 4');
		expect(file.territorial_sea.qixingyan.inside).toBe(pointInZone(q.geometry.coordinates, zone4));
	});
});
