import { parseIsoTime } from './parseIsoTime';
import type { DrillZoneCollection, DrillZoneFeature, DrillZoneProps } from './schema';

/** Drill-zone properties with epoch-ms times added. */
export type NormalizedZoneProps = DrillZoneProps & {
	announced_ts: number;
	start_ts: number;
	end_ts: number;
};

/** A drill-zone feature with epoch-ms times. */
export type NormalizedZoneFeature = Omit<DrillZoneFeature, 'properties'> & {
	properties: NormalizedZoneProps;
};

/** A drill-zones collection with epoch-ms times. */
export type NormalizedZoneCollection = Omit<DrillZoneCollection, 'features'> & {
	features: NormalizedZoneFeature[];
};

/**
 * Copies a validated drill-zones collection, adding `announced_ts`, `start_ts` and `end_ts`
 * (epoch ms) to each zone. Keeps the file order. Does not mutate its input.
 */
export function normalizeZones(collection: DrillZoneCollection): NormalizedZoneCollection {
	const features = collection.features.map((f): NormalizedZoneFeature => {
		const copy = structuredClone(f);
		const p = copy.properties;
		return {
			...copy,
			properties: {
				...p,
				announced_ts: parseIsoTime(p.announced) ?? Number.NaN,
				start_ts: parseIsoTime(p.start) ?? Number.NaN,
				end_ts: parseIsoTime(p.end) ?? Number.NaN
			}
		};
	});
	return { ...structuredClone({ ...collection, features: [] }), features };
}
