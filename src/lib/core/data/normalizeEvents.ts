import { isPlanned } from './isPlanned';
import { parseIsoTime } from './parseIsoTime';
import type { EventCollection, EventFeature, EventProps } from './schema';

/**
 * Event properties with epoch-ms times added, the record's `as_of` date, and `future`: whether
 * the event is still planned at that date (isPlanned), never the stored flag.
 */
export type NormalizedEventProps = EventProps & {
	ts: number;
	end_ts: number | null;
	as_of: string;
	future: boolean;
};

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
	if (Number.isNaN(ta) || Number.isNaN(tb))
		return Number(Number.isNaN(ta)) - Number(Number.isNaN(tb));
	return ta - tb;
}

/**
 * Copies a validated events collection, adding `ts` (epoch ms of `time`) and `end_ts` (epoch ms
 * of `end`, or null), `as_of` (the collection's) and `future` (isPlanned at `as_of`) to each
 * event, and sorts the events by time; events at the same instant keep
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
				end_ts: end === undefined ? null : (parseIsoTime(end) ?? Number.NaN),
				as_of: collection.as_of,
				future: isPlanned(copy.properties.time, collection.as_of)
			}
		};
	});
	return { ...structuredClone({ ...collection, features: [] }), features: features.sort(byTime) };
}
