import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { lanesOnLand } from '../../../../src/lib/core/analysis/lanesOnLand';
import { LANE_LAND_CROSSINGS } from '../../../../src/lib/core/data/laneLandCrossings';
import { validateDataset } from '../../../../src/lib/core/data/validateDataset';

const lanesResult = validateDataset(
	'shipping-lanes.geojson',
	JSON.parse(readFileSync('data/shipping-lanes.geojson', 'utf8')) as unknown
);
if (!lanesResult.ok) throw new Error('data/shipping-lanes.geojson does not validate');
const land = (
	JSON.parse(readFileSync('data/basemap/land.geojson', 'utf8')) as {
		features: { geometry: Polygon | MultiPolygon }[];
	}
).features.map((f) => f.geometry);
const crossing = lanesOnLand(lanesResult.data.features, land);

describe('shipping lanes against the basemap (data check)', () => {
	it('every MARNET lane that crosses land on data/basemap/land.geojson is explained in LANE_LAND_CROSSINGS', () => {
		const listed = crossing.map((l) => `${l.id}: ${l.onLand.km.toFixed(1)} km on land`);
		const unexplained = listed.filter((_, i) => !(crossing[i]!.id in LANE_LAND_CROSSINGS));
		expect(unexplained, `crossing lanes:\n${listed.join('\n')}`).toEqual([]);
	});

	it('every lane in LANE_LAND_CROSSINGS still crosses land (no stale explanation)', () => {
		const ids = new Set(crossing.map((l) => l.id));
		expect(Object.keys(LANE_LAND_CROSSINGS).filter((id) => !ids.has(id))).toEqual([]);
	});
});
