import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventsInWindow } from '../../../../src/lib/core/time/eventsInWindow';
import { storyEventDrawing, StyleEval } from '../style/styleEval';
import { eventProps, timeNear, windowMs } from './arbitraries';

/** Events sorted by time (ties kept in order), with a time near one of them and a window. */
const cases = fc
	.tuple(fc.array(eventProps, { minLength: 1, maxLength: 40 }), windowMs, fc.nat())
	.chain(([events, w, pick]) => {
		const sorted = [...events].sort((a, b) => a.ts - b.ts).map((e, i) => ({ ...e, id: `e${i}` }));
		return fc.tuple(
			fc.constant(sorted),
			fc.constant(w),
			timeNear(sorted[pick % sorted.length]!.ts, w)
		);
	});

describe('eventsInWindow() against the story event layers', () => {
	const style = new StyleEval();
	const drawing = storyEventDrawing(style);
	const drawn = (e: { ts: number }) => drawing(e) !== null;

	it('eventsInWindow() returns exactly the events the layers draw, in order', () => {
		fc.assert(
			fc.property(cases, ([sorted, w, t]) => {
				style.set({ t, windowMs: w });
				expect(eventsInWindow(sorted, t, w)).toEqual(sorted.filter(drawn));
			}),
			{ numRuns: 1000 }
		);
	});

	it('eventsInWindow() agrees with the layers when the time or window is not a number', () => {
		const odd = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
		fc.assert(
			fc.property(cases, odd, fc.boolean(), ([sorted, w, t], value, inTime) => {
				const [time, window] = inTime ? [value, w] : [t, value];
				style.set({ t: time, windowMs: window });
				expect(eventsInWindow(sorted, time, window)).toEqual(sorted.filter(drawn));
			})
		);
	});
});
