import { parseIsoTime } from './parseIsoTime';
import type { EventCollection, EventFeature, EventProps } from './schema';

/** Event properties with epoch-ms times added. */
export type NormalizedEventProps = EventProps & { ts: number; end_ts: number | null };

/** An event feature with epoch-ms times. */
export type NormalizedEventFeature = Omit<EventFeature, 'properties'> & {
	properties: NormalizedEventProps;
};

/** An events collection with epoch-ms times, sorted by time. */
export type NormalizedEventCollection = Omit<EventCollection, 'features'> & {
	features: NormalizedEventFeature[];
};

/** Orders by ts; times that do not parse (NaN) go last. Ties return 0 so the sort keeps file order. */
function byTime(a: NormalizedEventFeature, b: NormalizedEventFeature): number {
	const ta = a.properties.ts;
	const tb = b.properties.ts;
	if (Number.isNaN(ta) || Number.isNaN(tb)) return Number(Number.isNaN(ta)) - Number(Number.isNaN(tb));
	return ta - tb;
}

/**
 * Copies a validated events collection, adding `ts` (epoch ms of `time`) and `end_ts` (epoch ms
 * of `end`, or null) to each event, and sorts the events by time; events at the same instant keep
 * their file order (the data lists same-day events in the order they happened). Does not mutate
 * its input.
 */
export function normalizeEvents(collection: EventCollection): NormalizedEventCollection {
	const features = collection.features.map((f): NormalizedEventFeature => {
		const copy = structuredClone(f);
		const end = copy.properties.end;
		return {
			...copy,
			properties: {
				...copy.properties,
				ts: parseIsoTime(copy.properties.time) ?? Number.NaN,
				end_ts: end === undefined ? null : (parseIsoTime(end) ?? Number.NaN)
			}
		};
	});
	return { ...structuredClone({ ...collection, features: [] }), features: features.sort(byTime) };
}
