import type { FeatureCollection } from 'geojson';
import { bboxOf } from '../geo/bboxOf';
import type { MessageKey, Messages } from '../i18n/messages/en';

/** The catalogue's group titles (the `featureGroup…` keys), in one language. */
export type FeatureGroupWords = Pick<Messages, Extract<MessageKey, `featureGroup${string}`>>;

/** One feature in the keyboard list: its source and id, its name, and where to point at it. */
export interface FeatureListItem {
	source: string;
	id: string;
	name: string;
	/** A point: the feature's own position, or the centre of its bounding box. */
	lngLat: [number, number] | null;
}

/** A titled group of the list. */
export interface FeatureListGroup {
	source: string;
	title: string;
	items: FeatureListItem[];
}

/** The sources listed, in order, with the catalogue keys of their group titles. */
const GROUPS: readonly { source: string; title: keyof FeatureGroupWords }[] = [
	{ source: 'drill-zones', title: 'featureGroupZones' },
	{ source: 'places', title: 'featureGroupPlaces' },
	{ source: 'events', title: 'featureGroupEvents' },
	{ source: 'reference', title: 'featureGroupLines' }
];

/**
 * The map's features as a list a keyboard can reach: zones, places, events and reference lines,
 * each with its name and a point to show it at. Features without an id or a name are left out;
 * empty groups too. Events keep their order (by time); the rest are sorted by name. The group
 * titles are the words given (the active language's catalogue).
 */
export function featureListGroups(
	collections: Partial<Record<string, FeatureCollection>>,
	words: FeatureGroupWords
): FeatureListGroup[] {
	return GROUPS.flatMap(({ source, title }) => {
		const fc = collections[source];
		const items = (fc?.features ?? []).flatMap((f): FeatureListItem[] => {
			const id = f.properties?.id;
			const name = f.properties?.name;
			if (typeof id !== 'string' || typeof name !== 'string') return [];
			const box = f.geometry ? bboxOf([f.geometry]) : null;
			const lngLat: [number, number] | null = box
				? [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2]
				: null;
			return [{ source, id, name, lngLat }];
		});
		if (source !== 'events') items.sort((a, b) => a.name.localeCompare(b.name, 'en'));
		return items.length ? [{ source, title: words[title], items }] : [];
	});
}
