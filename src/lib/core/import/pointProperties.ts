import type { ColumnarPoints, ColumnMapping } from './types';

/**
 * The properties of imported point i, as hover, click detail and GeoJSON export show them: its
 * name and category under their column names, start and end as ISO 8601 (UTC), its position,
 * then its other non-empty columns.
 */
export function pointProperties(
	points: ColumnarPoints,
	mapping: ColumnMapping,
	i: number
): Record<string, string | number> {
	const out: Record<string, string | number> = {};
	if (points.names && mapping.name) out[mapping.name] = points.names[i]!;
	if (points.category[i]! >= 0 && mapping.category) {
		out[mapping.category] = points.categories[points.category[i]!]!;
	}
	if (!Number.isNaN(points.start[i]!)) out.start = new Date(points.start[i]!).toISOString();
	if (!Number.isNaN(points.end[i]!)) out.end = new Date(points.end[i]!).toISOString();
	out.latitude = points.lat[i]!;
	out.longitude = points.lon[i]!;
	points.properties.columns.forEach((c, j) => {
		const v = points.properties.values[j]![i]!;
		if (v !== '' && !(c in out)) out[c] = v;
	});
	return out;
}
