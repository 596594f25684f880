import worldUrl from '../../../data/basemap/world.geojson?url';
import straitTopologyUrl from '../../../data/basemap/strait.topo.json?url';
import bordersUrl from '../../../data/basemap/borders.geojson?url';
import type { StyleInputs } from '../core/style/buildStyle';
import { basemapUrl } from '../core/style/basemapTopology';
import { GLYPHS_TEMPLATE } from '../core/style/glyphBundle';

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** Where the label glyphs are served (public/glyphs, beside index.html), as an absolute URL. */
export function glyphBase(): string {
	return absolute('glyphs/');
}

/**
 * The style's file inputs: the basemap GeoJSON emitted by Vite as absolute same-origin URLs
 * (MapLibre wants them absolute), land and coastline from one topology file through the app's
 * basemap protocol (src/lib/map/basemapProtocol.ts, in MapLibre's worker), and the label glyphs
 * through its glyph protocol (src/lib/map/glyphProtocol.ts), which reads them from `glyphBase()`.
 */
export function styleInputs(t: number): StyleInputs {
	return {
		basemap: {
			world: absolute(worldUrl),
			land: basemapUrl('land', absolute(straitTopologyUrl)),
			coastline: basemapUrl('coastline', absolute(straitTopologyUrl)),
			borders: absolute(bordersUrl)
		},
		glyphs: GLYPHS_TEMPLATE,
		t
	};
}
