import { addProtocol, type AddProtocolAction } from 'maplibre-gl';
import {
	GLYPH_PROTOCOL,
	glyphSource,
	parseGlyphUrl,
	unpackGlyphBundle
} from '../core/style/glyphBundle';

/**
 * Answers the style's glyph requests (`sa-glyphs://{fontstack}/{range}.pbf`) from the app's own
 * files under `base` (an absolute URL ending in /glyphs/), where `glyphSource` says: a CJK range
 * from its stack's bundle, fetched once for all of them, any other from a range file.
 * Registered once per page, before any map; the live map and the exports share it.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/addProtocol/
 */
export function registerGlyphProtocol(base: string): void {
	const bundles = new Map<string, Promise<Map<number, Uint8Array>>>();
	const bundle = (path: string) => {
		let loading = bundles.get(path);
		if (!loading) {
			loading = fetch(base + path)
				.then((r) => {
					if (!r.ok) throw new Error(`glyphs ${path}: HTTP ${r.status}`);
					return r.arrayBuffer();
				})
				.then(unpackGlyphBundle);
			// A bundle that failed is asked for again by the next range that needs it.
			loading.catch(() => bundles.delete(path));
			bundles.set(path, loading);
		}
		return loading;
	};
	const load: AddProtocolAction = async ({ url }, abort) => {
		const asked = parseGlyphUrl(url);
		if (!asked) throw new Error(`not a glyph URL: ${url}`);
		const source = glyphSource(asked.stack, asked.range);
		if ('bundle' in source) {
			const bytes = (await bundle(source.bundle)).get(source.start);
			// A range the bundle lacks has no glyphs the labels use: an empty range file.
			// A copy otherwise: MapLibre may transfer the buffer it is given.
			return { data: bytes ? bytes.slice().buffer : new ArrayBuffer(0) };
		}
		const r = await fetch(base + source.file, { signal: abort.signal });
		if (!r.ok) throw new Error(`glyphs ${source.file}: HTTP ${r.status}`);
		return { data: await r.arrayBuffer() };
	};
	addProtocol(GLYPH_PROTOCOL, load);
}
