import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/languages';
import { attributionHtml, CREDITS } from './attribution';
import { SOURCE } from './ids';
import {
	basemapLayers,
	drillZoneLayers,
	annotationLayers,
	eventLayers,
	placeLayers,
	referenceLayers,
	shippingLaneLayers
} from './layers';
import { STATE } from './timeExpressions';

/** What the style needs from the outside world: where its files are and the starting time. */
export interface StyleInputs {
	/** Absolute URLs of the basemap GeoJSON files. */
	basemap: { world: string; land: string; coastline: string; borders: string };
	/**
	 * Absolute URL template of the bundled label glyphs (public/glyphs, built by
	 * scripts/build-glyphs.ts), with MapLibre's `{fontstack}` and `{range}` placeholders.
	 */
	glyphs: string;
	/** Starting time, epoch ms. */
	t: number;
	/** Starting label language (the `lang` global state); English if left out. */
	lang?: Lang;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const credit = (layer: string): string =>
	CREDITS.filter((c) => c.layer === layer)
		.map(attributionHtml)
		.join(' ');

/**
 * The whole offline style: basemap and data sources (with the validated data when it is already
 * there, else empty and filled later), the bundled font, the time state and every layer in
 * drawing order.
 */
export function buildStyle(
	inputs: StyleInputs,
	initial: Partial<Record<string, FeatureCollection>> = {}
): StyleSpecification {
	const data = (layer: string) => ({
		type: 'geojson' as const,
		data: initial[layer] ?? EMPTY,
		promoteId: 'id',
		attribution: credit(layer) || undefined
	});
	return {
		version: 8,
		name: 'Strait Atlas',
		glyphs: inputs.glyphs,
		state: {
			[STATE.t]: { default: inputs.t },
			[STATE.windowMs]: { default: 0 },
			[STATE.compare]: { default: false },
			[STATE.lang]: { default: inputs.lang ?? 'en' }
		},
		sources: {
			[SOURCE.land]: {
				type: 'geojson',
				data: inputs.basemap.land,
				attribution: credit('basemap')
			},
			[SOURCE.world]: { type: 'geojson', data: inputs.basemap.world },
			[SOURCE.coastline]: { type: 'geojson', data: inputs.basemap.coastline },
			[SOURCE.borders]: { type: 'geojson', data: inputs.basemap.borders },
			[SOURCE.drillZones]: data('drill-zones'),
			[SOURCE.shippingLanes]: data('shipping-lanes'),
			[SOURCE.reference]: data('reference'),
			[SOURCE.places]: data('places'),
			[SOURCE.events]: data('events'),
			[SOURCE.annotations]: { type: 'geojson', data: EMPTY }
		},
		layers: [
			...basemapLayers(),
			...drillZoneLayers(),
			...shippingLaneLayers(),
			...referenceLayers(),
			...placeLayers(),
			...eventLayers(),
			...annotationLayers()
		]
	};
}
