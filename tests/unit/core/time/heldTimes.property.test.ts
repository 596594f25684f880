import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	ageTime,
	eventBoundaries,
	heldTime,
	zoneBoundaries
} from '../../../../src/lib/core/time/heldTimes';
import { drillZoneLayers } from '../../../../src/lib/core/style/layers';
import { LAYER } from '../../../../src/lib/core/style/ids';
import { EVENT_FADE_MS } from '../../../../src/lib/core/style/timeExpressions';
import { layerFilter, layerPaint, storyEventDrawing, StyleEval } from '../style/styleEval';
import { eventTs, timeNear, windowMs, zoneProps, zoneTime } from './arbitraries';

/** How the zone layers draw one zone: hidden, or its fill and outline. */
function zoneDrawing(style: StyleEval) {
	const layers = drillZoneLayers();
	const drawn = style.filter(layerFilter(layers, LAYER.zonesFill));
	const paint = (group: string, id: string, property: string) =>
		style.paint(group, property, layerPaint(layers, id, property));
	const fill = paint('paint_fill', LAYER.zonesFill, 'fill-opacity');
	const width = paint('paint_line', LAYER.zonesOutline, 'line-width');
	const line = paint('paint_line', LAYER.zonesOutline, 'line-opacity');
	return (props: Record<string, unknown>) =>
		drawn(props) ? [fill(props), width(props), line(props)] : null;
}

const zoneCases = fc
	.record({ zones: fc.array(zoneProps, { minLength: 1, maxLength: 12 }), pick: fc.nat() })
	.chain((c) =>
		fc
			.tuple(zoneTime(c.zones[c.pick % c.zones.length]!), fc.boolean())
			.map(([t, compare]) => ({ ...c, t, compare }))
	);

/** A time near an event, its window's edge, or the end of its fade (where ageTime starts holding). */
const eventCases = fc
	.tuple(fc.array(eventTs, { minLength: 1, maxLength: 40 }), windowMs, fc.nat())
	.chain(([times, w, pick]) => {
		const sorted = [...times].sort((a, b) => a - b);
		const ts = sorted[pick % sorted.length]!;
		const faded = ts + EVENT_FADE_MS;
		return fc
			.oneof(
				timeNear(ts, w),
				fc.constantFrom(faded - 1, faded, faded + 1),
				fc.integer({ min: faded - 2 * 3_600_000, max: faded + 2 * 3_600_000 })
			)
			.map((t) => ({ sorted, w, t }));
	});

describe('held times against the zone and event layers', () => {
	it('heldTime(zoneBoundaries()) draws every zone as the true time does', () => {
		fc.assert(
			fc.property(zoneCases, ({ zones, t, compare }) => {
				const zoneT = heldTime(zoneBoundaries(zones), t);
				const atT = zoneDrawing(new StyleEval().set({ t, compare }));
				const held = zoneDrawing(new StyleEval().set({ t, zoneT, compare }));
				for (const z of zones) expect(held(z)).toEqual(atT(z));
			}),
			{ numRuns: 500 }
		);
	});

	it('heldTime(eventBoundaries()) and ageTime() draw every event as the true time does', () => {
		fc.assert(
			fc.property(eventCases, ({ sorted, w, t }) => {
				const eventT = heldTime(eventBoundaries(sorted, w), t);
				const ageT = ageTime(sorted, t, w);
				const atT = storyEventDrawing(new StyleEval().set({ t, windowMs: w }));
				const held = storyEventDrawing(new StyleEval().set({ t, eventT, ageT, windowMs: w }));
				for (const ts of sorted) expect(held({ ts }), `ts=${ts}`).toEqual(atT({ ts }));
			}),
			{ numRuns: 500 }
		);
	});

	it('the held times stay put between the moments the drawing changes', () => {
		fc.assert(
			fc.property(eventCases, fc.integer({ min: 1, max: 3_600_000 }), ({ sorted, w, t }, dt) => {
				const bounds = eventBoundaries(sorted, w);
				// t and t + dt with no boundary between them (t excluded, t + dt included).
				fc.pre(!bounds.some((b) => b > t && b <= t + dt));
				expect(heldTime(bounds, t + dt)).toBe(heldTime(bounds, t));
				const newest = sorted.filter((ts) => ts <= t).at(-1);
				// Once faded (or before any event), the age time no longer moves either.
				if (newest === undefined || t - newest >= EVENT_FADE_MS || (w > 0 && newest <= t - w))
					expect(ageTime(sorted, t + dt, w)).toBe(ageTime(sorted, t, w));
			}),
			{ numRuns: 500 }
		);
	});
});
