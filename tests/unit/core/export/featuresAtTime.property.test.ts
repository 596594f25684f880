import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { featuresAtTime } from '../../../../src/lib/core/export/featuresAtTime';
import { drillZoneLayers } from '../../../../src/lib/core/style/layers';
import { LAYER } from '../../../../src/lib/core/style/ids';
import { layerFilter, storyEventDrawing, StyleEval } from '../style/styleEval';
import { eventProps, timeNear, windowMs, zoneProps, zoneTime } from '../time/arbitraries';

const point = (properties: Record<string, unknown>): Feature => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [121, 24] },
	properties
});
const collection = (props: Record<string, unknown>[], prefix: string): FeatureCollection => ({
	type: 'FeatureCollection',
	features: props.map((p, i) => point({ ...p, id: `${prefix}${i}` }))
});

/** Zones and events, a time near one zone's boundary or one event, a window, compare on or off. */
const cases = fc
	.record({
		zones: fc.array(zoneProps, { minLength: 1, maxLength: 12 }),
		events: fc.array(eventProps, { minLength: 1, maxLength: 20 }),
		windowMs,
		compare: fc.boolean(),
		pick: fc.nat(),
		nearZone: fc.boolean()
	})
	.chain((c) => {
		const t = c.nearZone
			? zoneTime(c.zones[c.pick % c.zones.length]!)
			: timeNear(c.events[c.pick % c.events.length]!.ts, c.windowMs);
		return t.map((time) => ({ ...c, t: time }));
	});

describe('featuresAtTime() against the drill-zone and event layers', () => {
	const style = new StyleEval();
	const zoneDrawn = style.filter(layerFilter(drillZoneLayers(), LAYER.zonesFill));
	const eventDrawing = storyEventDrawing(style);
	const eventDrawn = (p: Record<string, unknown>) => eventDrawing(p) !== null;
	const ids = (fcn: FeatureCollection, dataset: string) =>
		fcn.features.filter((f) => f.properties?.dataset === dataset).map((f) => f.properties?.id);

	it('featuresAtTime() keeps exactly the zones and events the layers draw', () => {
		fc.assert(
			fc.property(cases, ({ zones, events, windowMs, compare, t }) => {
				style.set({ t, windowMs, compare });
				const zoneFc = collection(zones, 'z');
				const eventFc = collection(events, 'e');
				const out = featuresAtTime(
					{ 'drill-zones': zoneFc, events: eventFc },
					{ t, windowMs, compare }
				);
				const drawn = (f: FeatureCollection, test: (p: Record<string, unknown>) => boolean) =>
					f.features.filter((x) => test(x.properties ?? {})).map((x) => x.properties?.id);
				expect(ids(out, 'drill-zones')).toEqual(drawn(zoneFc, zoneDrawn));
				expect(ids(out, 'events')).toEqual(drawn(eventFc, eventDrawn));
			}),
			{ numRuns: 500 }
		);
	});

	it('featuresAtTime() agrees with the layers on timing the filters cannot compare', () => {
		const odd = fc.constantFrom<unknown>(Number.NaN, null, undefined, '2025-12-30');
		const oddZone = fc
			.tuple(zoneProps, fc.constantFrom('announced_ts', 'end_ts'), odd)
			.map(([z, key, value]) => ({ ...z, [key]: value }));
		const oddEvent = fc.tuple(eventProps, odd).map(([e, value]) => ({ ...e, ts: value }));
		fc.assert(
			fc.property(
				oddZone,
				oddEvent,
				windowMs,
				fc.boolean(),
				fc.integer({ min: 1.75e12, max: 1.78e12 }),
				(zone, event, windowMs, compare, t) => {
					style.set({ t, windowMs, compare });
					const out = featuresAtTime(
						{ 'drill-zones': collection([zone], 'z'), events: collection([event], 'e') },
						{ t, windowMs, compare }
					);
					expect(ids(out, 'drill-zones').length === 1, 'zone').toBe(zoneDrawn(zone));
					expect(ids(out, 'events').length === 1, 'event').toBe(eventDrawn(event));
				}
			)
		);
	});
});
