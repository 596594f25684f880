import type { Feature } from 'geojson';
import type { ImportedDataset } from './ImportedDataset';
import { pointProperties } from './pointProperties';

/**
 * Whether point or shape times are drawn at `t`: the same test as importFilterExpression (no
 * start: always; else started by `t` and, with a moving window, not ended before it).
 */
export function importShownAt(start: number, end: number, t: number, windowMs: number): boolean {
	if (Number.isNaN(start)) return true;
	if (start > t) return false;
	const last = Number.isNaN(end) ? start : end;
	return windowMs <= 0 || last > t - windowMs;
}

/**
 * The features of an imported dataset drawn at `t` (points from the columnar arrays, with their
 * columns as properties, and timed shapes), each tagged with the dataset's id and name, for the
 * GeoJSON export of what is on the map.
 */
export function importedFeaturesAt(
	dataset: Pick<ImportedDataset, 'id' | 'name' | 'points' | 'shapes' | 'mapping'>,
	t: number,
	windowMs: number
): Feature[] {
	const out: Feature[] = [];
	const { points } = dataset;
	const tag = { dataset: dataset.id, dataset_name: dataset.name };
	for (let i = 0; i < points.count; i++) {
		if (!importShownAt(points.start[i]!, points.end[i]!, t, windowMs)) continue;
		out.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [points.lon[i]!, points.lat[i]!] },
			properties: { ...pointProperties(points, dataset.mapping, i), ...tag }
		});
	}
	for (const f of dataset.shapes) {
		const p = f.properties ?? {};
		const start = typeof p.start_ts === 'number' ? p.start_ts : Number.NaN;
		const end = typeof p.end_ts === 'number' ? p.end_ts : Number.NaN;
		if (importShownAt(start, end, t, windowMs)) out.push({ ...f, properties: { ...p, ...tag } });
	}
	return out;
}
