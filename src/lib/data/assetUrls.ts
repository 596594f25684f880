import worldUrl from '../../../data/basemap/world.geojson?url';
import landUrl from '../../../data/basemap/land.geojson?url';
import coastlineUrl from '../../../data/basemap/coastline.geojson?url';
import bordersUrl from '../../../data/basemap/borders.geojson?url';
import type { StyleInputs } from '../core/style/buildStyle';

const absolute = (url: string) => new URL(url, document.baseURI).href;

/**
 * The style's file inputs as absolute same-origin URLs: the basemap GeoJSON emitted by Vite
 * and the bundled Noto Sans label glyphs (MapLibre wants absolute URLs for both).
 */
export function styleInputs(t: number): StyleInputs {
	return {
		basemap: {
			world: absolute(worldUrl),
			land: absolute(landUrl),
			coastline: absolute(coastlineUrl),
			borders: absolute(bordersUrl)
		},
		// public/glyphs is served beside index.html; the placeholders must stay unescaped.
		glyphs: `${absolute('glyphs/')}{fontstack}/{range}.pbf`,
		t
	};
}
