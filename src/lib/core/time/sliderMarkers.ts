/** What the slider needs of an event to mark it on the track. */
export interface MarkedEvent {
	id: string;
	ts: number;
	category: string;
	name: string;
}

/** One mark on the slider's track: one event, or the events that fall on the same few pixels. */
export interface SliderMarker {
	/** Stable key: the event's id, or `bin-<n>` for a group. */
	key: string;
	/** Position on the track, px. */
	x: number;
	/** The earliest time marked (epoch ms): the mark is "past" from then. */
	first: number;
	/** The category drawn: the event's, or the most frequent in the group. */
	category: string;
	count: number;
	/** The event's id and name when the mark stands for one event; null for a group. */
	id: string | null;
	name: string | null;
}

/** Up to this many events in the span get one mark each; more are grouped by position. */
export const SLIDER_MARKER_MAX = 400;

/**
 * The marks of the slider's track for the events inside `domain`: one per event up to `max`,
 * beyond that one per `binPx` pixels, so a scripted or imported set of 100,000 events costs a few
 * hundred elements instead of one each (the track once rendered 100,003 children).
 * @example sliderMarkers(events, [t0, t1], (ts) => scale(new Date(ts))).length // <= width / 4 + ...
 */
export function sliderMarkers(
	events: readonly MarkedEvent[],
	domain: readonly [number, number],
	x: (ts: number) => number,
	max: number = SLIDER_MARKER_MAX,
	binPx = 4
): SliderMarker[] {
	const inSpan = events.filter((e) => e.ts >= domain[0] && e.ts <= domain[1]);
	if (inSpan.length <= max) {
		return inSpan.map((e) => ({
			key: e.id,
			x: x(e.ts),
			first: e.ts,
			category: e.category,
			count: 1,
			id: e.id,
			name: e.name
		}));
	}
	const bins = new Map<
		number,
		{ sumX: number; first: number; count: number; tally: Map<string, number> }
	>();
	for (const e of inSpan) {
		const px = x(e.ts);
		const n = Math.floor(px / binPx);
		let bin = bins.get(n);
		if (!bin) bins.set(n, (bin = { sumX: 0, first: e.ts, count: 0, tally: new Map() }));
		bin.sumX += px;
		bin.count++;
		bin.first = Math.min(bin.first, e.ts);
		bin.tally.set(e.category, (bin.tally.get(e.category) ?? 0) + 1);
	}
	return [...bins]
		.sort((a, b) => a[0] - b[0])
		.map(([n, bin]) => ({
			key: `bin-${n}`,
			x: bin.sumX / bin.count,
			first: bin.first,
			category: [...bin.tally].reduce((a, b) => (b[1] > a[1] ? b : a))[0],
			count: bin.count,
			id: null,
			name: null
		}));
}
