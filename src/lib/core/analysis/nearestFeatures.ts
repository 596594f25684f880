import type { Feature } from 'geojson';
import type { AnalysisFile } from './analysisSchema';

/**
 * What the map draws for "Show nearest point": the line from the zone's nearest point to the
 * nearest point of Taiwan's coast, and its length as a label at the zone end.
 * @example nearestFeatures(zone4)[1].properties.label // "5.5 nm · 10 km"
 */
export function nearestFeatures(zone: AnalysisFile['zones'][number]): Feature[] {
	const { on_zone, on_coast, nm_rounded, km_rounded } = zone.coast;
	return [
		{
			type: 'Feature',
			properties: { kind: 'nearest' },
			geometry: { type: 'LineString', coordinates: [on_zone, on_coast] }
		},
		{
			type: 'Feature',
			properties: { kind: 'label', label: `${nm_rounded} nm · ${km_rounded} km` },
			geometry: { type: 'Point', coordinates: on_zone }
		}
	];
}
