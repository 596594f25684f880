import worldUrl from '../../../data/basemap/world.geojson?url';
import landUrl from '../../../data/basemap/land.geojson?url';
import coastlineUrl from '../../../data/basemap/coastline.geojson?url';
import bordersUrl from '../../../data/basemap/borders.geojson?url';
import type { StyleInputs } from '../core/style/buildStyle';
import { GLYPHS_TEMPLATE } from '../core/style/glyphBundle';

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** Where the label glyphs are served (public/glyphs, beside index.html), as an absolute URL. */
export function glyphBase(): string {
	return absolute('glyphs/');
}

/**
 * The style's file inputs: the basemap GeoJSON emitted by Vite as absolute same-origin URLs
 * (MapLibre wants them absolute), and the label glyphs through the app's glyph protocol
 * (src/lib/map/glyphProtocol.ts), which reads them from `glyphBase()`.
 */
export function styleInputs(t: number): StyleInputs {
	return {
		basemap: {
			world: absolute(worldUrl),
			land: absolute(landUrl),
			coastline: absolute(coastlineUrl),
			borders: absolute(bordersUrl)
		},
		glyphs: GLYPHS_TEMPLATE,
		t
	};
}
