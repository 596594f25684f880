import { describe, expect, it } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { EventAges } from '../../../src/lib/map/EventAges';

const DAY = 86_400_000;

/** A stand-in map with an `events` source, recording each feature state set. */
function fakeMap() {
	const calls: [string, unknown][] = [];
	const map = {
		getSource: (id: string) => (id === 'events' ? {} : undefined),
		setFeatureState: (ref: { id: string }, state: { age: unknown }) =>
			calls.push([ref.id, state.age])
	} as unknown as MlMap;
	return { map, calls };
}

const story: FeatureCollection = {
	type: 'FeatureCollection',
	features: [0, 5].map((day) => ({
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [121, 25] },
		properties: { id: `e${day}`, ts: day * DAY }
	}))
};
const state = (t: number) => ({ eventT: t, ageT: t, windowMs: 0 });

describe('EventAges', () => {
	it('apply() sets every story event state once, then only the ones that change', () => {
		const { map, calls } = fakeMap();
		const ages = new EventAges();
		ages.setPlan({ chunks: [], parts: [story] });
		ages.apply(map, state(DAY));
		ages.apply(map, state(2 * DAY));
		expect(calls).toEqual([
			['e0', 1],
			['e5', null],
			['e0', 2]
		]);
	});

	it('apply() reads no event again when the times the ages read have not moved', () => {
		const { map, calls } = fakeMap();
		const ages = new EventAges();
		const events = { chunks: [], parts: [story] };
		ages.setPlan(events);
		ages.apply(map, state(DAY));
		// The event's time changed in place: only a change of eventT, ageT or windowMs reads it.
		story.features[0]!.properties!.ts = DAY / 2;
		ages.apply(map, { ...state(DAY), t: DAY + 1 });
		story.features[0]!.properties!.ts = 0;
		expect(calls).toEqual([
			['e0', 1],
			['e5', null]
		]);
	});

	it('setPlan() of a chunked event set leaves its events without a state', () => {
		const { map, calls } = fakeMap();
		const ages = new EventAges();
		ages.setPlan({ chunks: [{ key: 'c0', min: 0, max: DAY }], parts: [story] });
		ages.apply(map, state(DAY));
		expect(calls).toEqual([]);
	});

	it('setPlan() has every state set again, as the source may be new', () => {
		const { map, calls } = fakeMap();
		const ages = new EventAges();
		ages.setPlan({ chunks: [], parts: [story] });
		ages.apply(map, state(DAY));
		ages.setPlan({ chunks: [], parts: [story] });
		ages.apply(map, state(DAY));
		expect(calls.length).toBe(4);
	});
});
