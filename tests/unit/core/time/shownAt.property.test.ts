import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventInTime, zoneInTime } from '../../../../src/lib/core/time/shownAt';
import { drillZoneLayers } from '../../../../src/lib/core/style/layers';
import { LAYER } from '../../../../src/lib/core/style/ids';
import { layerFilter, storyEventDrawing, StyleEval } from '../style/styleEval';
import { eventProps, timeNear, windowMs, zoneProps, zoneTime } from './arbitraries';

describe('eventInTime() against the story event layers', () => {
	const style = new StyleEval();
	const drawing = storyEventDrawing(style);
	const drawn = (e: Record<string, unknown>) => drawing(e) !== null;

	it('eventInTime() agrees with the layers for any event, time and window', () => {
		const cases = fc
			.tuple(eventProps, windowMs)
			.chain(([e, w]) => fc.tuple(fc.constant(e), fc.constant(w), timeNear(e.ts, w)));
		fc.assert(
			fc.property(cases, ([e, w, t]) => {
				style.set({ t, windowMs: w });
				expect(eventInTime(e.ts, t, w)).toBe(drawn(e));
			}),
			{ numRuns: 2000 }
		);
	});

	it('eventInTime() agrees with the layers when the time or window is not a number', () => {
		const odd = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
		const cases = fc.tuple(eventProps, fc.oneof(odd, windowMs), odd);
		fc.assert(
			fc.property(cases, ([e, w, t]) => {
				style.set({ t, windowMs: w });
				expect(eventInTime(e.ts, t, w)).toBe(drawn(e));
				style.set({ t: e.ts, windowMs: t });
				expect(eventInTime(e.ts, e.ts, t)).toBe(drawn(e));
			})
		);
	});
});

describe('zoneInTime() against the drill-zone layers filter', () => {
	const style = new StyleEval();
	const drawn = style.filter(layerFilter(drillZoneLayers(), LAYER.zonesFill));

	it('zoneInTime() agrees with the filter for any zone and time, comparison off', () => {
		const cases = zoneProps.chain((z) => fc.tuple(fc.constant(z), zoneTime(z)));
		fc.assert(
			fc.property(cases, ([z, t]) => {
				style.set({ t, windowMs: 0, compare: false });
				expect(zoneInTime(z, t)).toBe(drawn(z));
			}),
			{ numRuns: 2000 }
		);
	});

	it('zoneInTime() agrees with the filter when the time is not a number', () => {
		const odd = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
		fc.assert(
			fc.property(zoneProps, odd, (z, t) => {
				style.set({ t, windowMs: 0, compare: false });
				expect(zoneInTime(z, t)).toBe(drawn(z));
			})
		);
	});
});
