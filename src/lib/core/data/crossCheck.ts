import type { DataIssue } from './dataIssue';
import type { DatasetByFile, DrillZoneFeature } from './schema';

/** Validated datasets by file basename; any may be missing. */
export type DatasetMap = Partial<DatasetByFile>;

const TOLERANCE = 1e-6;

/** Centre of a zone's bounding box, rounded to 6 decimals: where an event placed at the zone is drawn. */
export function zoneAnchor(zone: DrillZoneFeature): [number, number] {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const ring of zone.geometry.coordinates) {
		for (const [x, y] of ring) {
			minX = Math.min(minX, x);
			maxX = Math.max(maxX, x);
			minY = Math.min(minY, y);
			maxY = Math.max(maxY, y);
		}
	}
	const r6 = (n: number) => Math.round(n * 1e6) / 1e6;
	return [r6((minX + maxX) / 2), r6((minY + maxY) / 2)];
}

const near = (a: readonly number[], b: readonly number[]) =>
	Math.abs((a[0] ?? NaN) - (b[0] ?? NaN)) <= TOLERANCE &&
	Math.abs((a[1] ?? NaN) - (b[1] ?? NaN)) <= TOLERANCE;

/**
 * Checks references between files: each event's place (a place or a drill zone) and zones exist
 * and its point sits on its place; each zone's exercise exists with zones_published and a
 * matching zone_count; each exercise parent exists. A check runs only when the files it needs
 * are present. Returns [] when everything agrees.
 */
export function crossCheck(datasets: DatasetMap): DataIssue[] {
	const issues: DataIssue[] = [];
	try {
		const places = datasets['places.geojson'];
		const zones = datasets['drill-zones.geojson'];
		const events = datasets['events.geojson'];
		const exercises = datasets['exercises.json'];

		const zoneById = new Map((zones?.features ?? []).map((z) => [z.properties.id, z]));
		const placeById = new Map((places?.features ?? []).map((p) => [p.properties.id, p]));

		if (events && places && zones) {
			for (const e of events.features) {
				const p = e.properties;
				const issue = (field: string, message: string) =>
					issues.push({ file: 'events.geojson', feature: p.id, field, message });
				const place = placeById.get(p.place);
				const zone = zoneById.get(p.place);
				if (place) {
					if (!near(e.geometry.coordinates, place.geometry.coordinates)) {
						issue('geometry.coordinates', `does not match the coordinates of place "${p.place}"`);
					}
				} else if (zone) {
					if (!near(e.geometry.coordinates, zoneAnchor(zone))) {
						issue(
							'geometry.coordinates',
							`is not the centre of the bounding box of zone "${p.place}"`
						);
					}
				} else {
					issue(
						'properties.place',
						`unknown place "${p.place}" (not in places.geojson or drill-zones.geojson)`
					);
				}
				(p.zones ?? []).forEach((id, i) => {
					if (!zoneById.has(id)) {
						issue(`properties.zones[${i}]`, `unknown drill zone "${id}"`);
					}
				});
			}
		}

		if (zones && exercises) {
			const exById = new Map(exercises.exercises.map((x) => [x.id, x]));
			for (const z of zones.features) {
				const ex = exById.get(z.properties.exercise);
				const issue = (message: string) =>
					issues.push({
						file: 'drill-zones.geojson',
						feature: z.properties.id,
						field: 'properties.exercise',
						message
					});
				if (!ex) issue(`unknown exercise "${z.properties.exercise}" (not in exercises.json)`);
				else if (!ex.zones_published)
					issue(`exercise "${ex.id}" says its zones were not published`);
			}
			for (const ex of exercises.exercises) {
				const count = zones.features.filter((z) => z.properties.exercise === ex.id).length;
				if (ex.zones_published && ex.zone_count !== count) {
					issues.push({
						file: 'exercises.json',
						feature: ex.id,
						field: 'zone_count',
						message: `zone_count is ${String(ex.zone_count)} but drill-zones.geojson has ${count} zones`
					});
				}
			}
		}

		if (exercises) {
			const ids = new Set(exercises.exercises.map((x) => x.id));
			for (const ex of exercises.exercises) {
				if (ex.parent !== undefined && !ids.has(ex.parent)) {
					issues.push({
						file: 'exercises.json',
						feature: ex.id,
						field: 'parent',
						message: `unknown parent exercise "${ex.parent}"`
					});
				}
			}
		}
	} catch {
		issues.push({
			file: '',
			feature: '',
			field: '',
			message: 'cross-check failed on malformed data'
		});
	}
	return issues;
}
