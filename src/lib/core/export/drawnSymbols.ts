import type { Feature, FeatureCollection } from 'geojson';
import { bbox } from '@turf/turf';
import type { Bounds } from '../geo/bboxOf';
import { LAYER_GROUPS, SOURCE, type LayerGroup } from '../style/ids';
import { eventShown, zoneShown, type TimeState } from './featuresAtTime';
import { legendSymbolsOf, type DrawnFeatures } from './legendEntries';

/** Whether a feature's box meets a lon/lat box. */
function meets(f: Feature, frame: Bounds): boolean {
	if (!f.geometry) return false;
	const [w, s, e, n] = bbox(f);
	const [[fw, fs], [fe, fn]] = frame;
	return w <= fe && e >= fw && s <= fn && n >= fs;
}

/**
 * The ids of the legend symbols an export draws: the features of the groups shown, drawn at
 * any of the frames' times (the same tests as the map's filters), inside the frame's box. The
 * legend then lists exactly what is in the picture, nothing the picture leaves out.
 */
export function drawnSymbols(
	collections: Partial<Record<string, FeatureCollection>>,
	states: readonly TimeState[],
	groups: readonly LayerGroup[],
	frame: Bounds
): Set<string> {
	const drawn: Record<string, Record<string, unknown>[]> = {};
	for (const group of LAYER_GROUPS) {
		if (!groups.includes(group)) continue;
		const kept: Record<string, unknown>[] = [];
		for (const f of collections[group]?.features ?? []) {
			const p = (f.properties ?? {}) as Record<string, unknown>;
			const shown =
				group === SOURCE.drillZones
					? states.some((s) => zoneShown(p, s))
					: group === SOURCE.events
						? states.some((s) => eventShown(p, s))
						: true;
			if (shown && meets(f, frame)) kept.push(p);
		}
		drawn[group] = kept;
	}
	return legendSymbolsOf(drawn as DrawnFeatures);
}
