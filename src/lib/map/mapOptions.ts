import type { MapOptions, StyleSpecification } from 'maplibre-gl';

/** The highest zoom the app allows, live and in exports. */
export const MAX_ZOOM = 12;

/**
 * The options every map of the app starts from, the live map and the export's hidden map alike:
 * the given style (buildStyle's scene, or the basemap the live map starts on), no label fade, no
 * MSAA and no runtime style validation. Callers add the container and camera.
 */
export function mapOptions(
	style: StyleSpecification,
	extra: Partial<MapOptions> = {}
): Omit<MapOptions, 'container'> {
	return {
		style,
		attributionControl: false,
		maxZoom: MAX_ZOOM,
		// Labels appear at once: no 300 ms of full redraws for a fade, and each `idle` is final.
		fadeDuration: 0,
		// The style is validated by the unit tests (style-spec validateStyleMin); skipping it here
		// saves walking the inline data at startup.
		validateStyle: false,
		// Chinese and Japanese labels come from the bundled glyphs, never the reader's system
		// fonts, so every machine (and every export) draws the same map.
		localIdeographFontFamily: false,
		...extra,
		// No MSAA: with software WebGL it multiplies every draw; fills and lines antialias anyway.
		canvasContextAttributes: { antialias: false, ...extra.canvasContextAttributes }
	};
}
