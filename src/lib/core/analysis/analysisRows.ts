import type { AnalysisFile } from './analysisSchema';

/**
 * The analysis as table rows for a CSV download: one row per zone, then one per exercise
 * (exercises without published zones say so), each with the basis of its figures.
 * @example analysisRows(file)[0] // ['level', 'exercise', 'zone', 'area_km2', ...]
 */
export function analysisRows(file: AnalysisFile): (string | number)[][] {
	const rows: (string | number)[][] = [
		[
			'level',
			'exercise',
			'zone',
			'area_km2',
			'area_nm2',
			'coast_km',
			'coast_nm',
			'nearest_port',
			'port_nm',
			'median_line_side',
			'lanes_crossed',
			'lane_km_inside',
			'lane_share_of_strait_percent',
			'basis'
		]
	];
	const basis = file.basis.join('; ');
	for (const z of file.zones) {
		rows.push([
			'zone',
			z.exercise,
			z.id,
			z.area.km2_rounded,
			z.area.nm2_rounded,
			z.coast.km_rounded,
			z.coast.nm_rounded,
			z.nearest_port.name,
			z.nearest_port.nm_rounded,
			z.median_line.side,
			z.lanes.filter((l) => l.inside.km > 0.5).length,
			Math.round(z.lanes.reduce((s, l) => s + l.inside.km, 0)),
			'',
			basis
		]);
	}
	for (const e of file.exercises) {
		if (!e.zones_published) {
			rows.push([
				'exercise',
				e.id,
				'',
				'',
				'',
				'',
				'',
				'',
				'',
				'',
				'',
				'',
				'',
				'zones not published'
			]);
			continue;
		}
		rows.push([
			'exercise',
			e.id,
			e.zone_ids.length,
			e.total_area.km2_rounded,
			e.total_area.nm2_rounded,
			e.closest_approach.km_rounded,
			e.closest_approach.nm_rounded,
			e.ports_with_zone_across.map((p) => p.name).join(' / '),
			'',
			'',
			e.lanes.crossed.length,
			Math.round(e.lanes.inside_km),
			e.lanes.share_percent_rounded,
			basis
		]);
	}
	return rows;
}
