import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunkBounds, chunkTimes } from '../../../../src/lib/core/time/chunkTimes';
import { eventLayers } from '../../../../src/lib/core/style/layers';
import { LAYER } from '../../../../src/lib/core/style/ids';
import { layerFilter, layerPaint, storyEventDrawing, StyleEval } from '../style/styleEval';
import { eventTs, timeNear, windowMs } from './arbitraries';

/** Sorted event times cut into chunks, a time near one of them and a window. */
const cases = fc
	.tuple(
		fc.array(eventTs, { minLength: 1, maxLength: 60 }),
		fc.integer({ min: 1, max: 8 }),
		windowMs,
		fc.nat()
	)
	.chain(([times, size, w, pick]) => {
		const sorted = [...times].sort((a, b) => a - b);
		const chunks = chunkBounds(sorted, size, 'c');
		return timeNear(sorted[pick % sorted.length]!, w).map((t) => ({ sorted, size, chunks, w, t }));
	});

/** The drawing of one event: whether it is drawn and, if so, its radius and opacity. */
function drawing(layers: ReturnType<typeof eventLayers>, style: StyleEval, id: string) {
	const drawn = style.filter(layerFilter(layers, id));
	const radius = style.paint(
		'paint_circle',
		'circle-radius',
		layerPaint(layers, id, 'circle-radius')
	);
	const opacity = style.paint(
		'paint_circle',
		'circle-opacity',
		layerPaint(layers, id, 'circle-opacity')
	);
	return (props: Record<string, unknown>) =>
		drawn(props) ? { radius: radius(props), opacity: opacity(props) } : null;
}

describe('chunkTimes() against the chunked event layers', () => {
	it('chunkTimes() makes every chunk draw its events as the unchunked layer does at t', () => {
		fc.assert(
			fc.property(cases, ({ sorted, size, chunks, w, t }) => {
				const live = new StyleEval().set({ t, windowMs: w });
				const atT = storyEventDrawing(live);
				const chunked = new StyleEval().set({ windowMs: w, ...chunkTimes(chunks, t, w) });
				chunks.forEach((chunk, i) => {
					const layers = eventLayers(chunk.key, `events-${chunk.key}`, `-${chunk.key}`);
					const inChunk = drawing(layers, chunked, `${LAYER.eventsCircle}-${chunk.key}`);
					for (const ts of sorted.slice(i * size, (i + 1) * size)) {
						expect(inChunk({ ts }), `${chunk.key} ts=${ts}`).toEqual(atT({ ts }));
					}
				});
			}),
			{ numRuns: 500 }
		);
	});
});
