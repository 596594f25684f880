import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { AnalysisFileSchema } from '../../../../src/lib/core/analysis/analysisSchema';
import { nearestFeatures } from '../../../../src/lib/core/analysis/nearestFeatures';

const file = v.parse(
	AnalysisFileSchema,
	JSON.parse(readFileSync('data/derived/analysis.json', 'utf8'))
);
const zone4 = file.zones.find((z) => z.id === 'jm2025-z4')!;

describe('nearestFeatures()', () => {
	it('nearestFeatures() draws the line from the zone to the coast', () => {
		expect(nearestFeatures(zone4)[0]?.geometry).toEqual({
			type: 'LineString',
			coordinates: [zone4.coast.on_zone, zone4.coast.on_coast]
		});
	});

	it('nearestFeatures() labels it with the rounded distance in nm and km', () => {
		expect(nearestFeatures(zone4)[1]?.properties?.label).toBe(
			`${zone4.coast.nm_rounded} nm · ${zone4.coast.km_rounded} km`
		);
	});
});
