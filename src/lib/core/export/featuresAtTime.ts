import type { Feature, FeatureCollection } from 'geojson';
import { LAYER_GROUPS, SOURCE, type LayerGroup } from '../style/ids';
import { COMPARE_EXERCISE } from '../style/layers';
import { eventInTime, zoneInTime } from '../time/shownAt';

/** The map's time state, as the layer filters read it. */
export interface TimeState {
	/** Epoch ms. */
	t: number;
	/** The moving window; 0 for cumulative. */
	windowMs: number;
	/** Whether the comparison exercise is drawn whatever the time. */
	compare?: boolean;
}

/** A GeoJSON export: the features drawn at one time, each tagged with its dataset. */
export interface FeaturesAtTime extends FeatureCollection {
	/** ISO time of the export. */
	time: string;
	window_ms: number;
	attribution: string;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);

/**
 * Whether a zone is drawn at `state`: the same test as zoneFilterExpression(). That filter fails
 * on a timing it cannot compare (missing, null, text; NaN compares), and MapLibre then hides the
 * zone even in the comparison overlay: it reads `announced_ts` first, `end_ts` once announced.
 */
export function zoneShown(p: Record<string, unknown>, state: TimeState): boolean {
	const { announced_ts: announced, end_ts: end } = p;
	if (typeof announced !== 'number') return false;
	if (state.t >= announced && typeof end !== 'number') return false;
	const inTime = zoneInTime({ announced_ts: announced, end_ts: num(end) }, state.t);
	return inTime || (Boolean(state.compare) && p.exercise === COMPARE_EXERCISE);
}

/** Whether an event is drawn at `state`: the same test as eventFilterExpression(). */
export function eventShown(p: Record<string, unknown>, state: TimeState): boolean {
	return eventInTime(num(p.ts), state.t, state.windowMs);
}

/**
 * The features the map draws at a time, as one GeoJSON FeatureCollection: events up to `t` (and
 * within the window when one is set), zones announced by `t` and not ended more than
 * ENDED_ZONE_KEEP_MS before it (plus the comparison exercise when `compare` is on), and the
 * untimed layers whole. Only the `groups` shown are exported. Each feature is a deep copy with
 * all its properties (sources included) and a `dataset` property naming its source; the input is
 * never mutated.
 */
export function featuresAtTime(
	collections: Partial<Record<string, FeatureCollection>>,
	state: TimeState,
	groups: readonly LayerGroup[] = LAYER_GROUPS,
	attribution = ''
): FeaturesAtTime {
	const features: Feature[] = [];
	for (const group of LAYER_GROUPS) {
		if (!groups.includes(group)) continue;
		for (const f of collections[group]?.features ?? []) {
			const p = (f.properties ?? {}) as Record<string, unknown>;
			if (group === SOURCE.drillZones && !zoneShown(p, state)) continue;
			if (group === SOURCE.events && !eventShown(p, state)) continue;
			const copy = structuredClone(f);
			copy.properties = { ...copy.properties, dataset: group };
			features.push(copy);
		}
	}
	return {
		type: 'FeatureCollection',
		time: Number.isFinite(state.t) ? new Date(state.t).toISOString() : '',
		window_ms: state.windowMs,
		attribution,
		features
	};
}
