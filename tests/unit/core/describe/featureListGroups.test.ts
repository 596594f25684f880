import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featureListGroups as groupsIn } from '../../../../src/lib/core/describe/featureListGroups';
import { en } from '../../../../src/lib/core/i18n/messages/en';
import { messages as ja } from '../../../../src/lib/core/i18n/messages/ja';

const featureListGroups = (collections: Parameters<typeof groupsIn>[0]) =>
	groupsIn(collections, en);

const fc = (features: FeatureCollection['features']): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});
const point = (id: string, name: string, c: [number, number]) => ({
	type: 'Feature' as const,
	properties: { id, name },
	geometry: { type: 'Point' as const, coordinates: c }
});
const square = {
	type: 'Feature' as const,
	properties: { id: 'z1', name: 'Zone 1' },
	geometry: {
		type: 'Polygon' as const,
		coordinates: [
			[
				[120, 22],
				[122, 22],
				[122, 24],
				[120, 24],
				[120, 22]
			]
		]
	}
};

describe('featureListGroups()', () => {
	it('featureListGroups() lists zones, places and events in that order', () => {
		const groups = featureListGroups({
			events: fc([point('e1', 'Event', [1, 2])]),
			places: fc([point('p1', 'Place', [3, 4])]),
			'drill-zones': fc([square])
		});
		expect(groups.map((g) => g.source)).toEqual(['drill-zones', 'places', 'events']);
	});

	it('featureListGroups() points at a polygon by the centre of its box', () => {
		const [zones] = featureListGroups({ 'drill-zones': fc([square]) });
		expect(zones!.items[0]!.lngLat).toEqual([121, 23]);
	});

	it('featureListGroups() sorts places by name and keeps events in their order', () => {
		const groups = featureListGroups({
			places: fc([point('b', 'Taipei', [0, 0]), point('a', 'Keelung', [0, 0])]),
			events: fc([point('late', 'Z event', [0, 0]), point('early', 'A event', [0, 0])])
		});
		expect(groups[0]!.items.map((i) => i.id)).toEqual(['a', 'b']);
		expect(groups[1]!.items.map((i) => i.id)).toEqual(['late', 'early']);
	});

	it('featureListGroups() titles the groups with the words given', () => {
		const collections = { places: fc([point('p1', 'Place', [3, 4])]) };
		expect(featureListGroups(collections)[0]!.title).toBe('Places');
		expect(groupsIn(collections, ja)[0]!.title).toBe(ja.featureGroupPlaces);
	});

	it('featureListGroups() leaves out features with no id or name, and empty groups', () => {
		const nameless = { ...point('x', 'x', [0, 0]), properties: { id: 'x' } };
		expect(featureListGroups({ places: fc([nameless]) })).toEqual([]);
	});
});
