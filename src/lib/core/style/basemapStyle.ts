import type { StyleSpecification } from 'maplibre-gl';
import { buildStyle, type StyleInputs } from './buildStyle';
import { SOURCE } from './ids';
import { basemapLayers } from './layers';

/** The basemap's sources: what a map can lay out before the app's data is in. */
export const BASEMAP_SOURCES: readonly string[] = [
	SOURCE.world,
	SOURCE.land,
	SOURCE.coastline,
	SOURCE.borders
];

/**
 * The style's basemap alone (sea, land, coastline, borders; the same glyphs and global state as
 * the whole style): what the map starts on while the data is still loading and validating, so
 * MapLibre's worker lays out the basemap meanwhile. `styleAdditions` takes it to the whole style.
 */
export function basemapStyle(inputs: StyleInputs): StyleSpecification {
	const whole = buildStyle(inputs);
	return {
		...whole,
		sources: Object.fromEntries(BASEMAP_SOURCES.map((id) => [id, whole.sources[id]!])),
		layers: basemapLayers()
	};
}
