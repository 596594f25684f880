import { addProtocol, type AddProtocolAction } from 'maplibre-gl';
import {
	BUNDLE_FILE,
	GLYPH_PROTOCOL,
	glyphSource,
	parseGlyphUrl,
	stackHasBundle,
	unpackGlyphBundle
} from '../core/style/glyphBundle';

/**
 * Answers the style's glyph requests (`sa-glyphs://{fontstack}/{range}.pbf`) from the app's own
 * files under `base` (an absolute URL ending in /glyphs/), where `glyphSource` says: a CJK range
 * from its stack's bundle, fetched once for all of them, any other from a range file.
 * Registered once per page, before any map; the live map and the exports share it. The bundles
 * of the stacks in `warm` are fetched at once: the map's first labels in Chinese or Japanese
 * then wait for no download (MapLibre asks for glyphs only once it has laid out a tile).
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/addProtocol/
 */
export function registerGlyphProtocol(base: string, warm: readonly string[] = []): void {
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
	for (const stack of warm)
		if (stackHasBundle(stack)) void bundle(`${stack}/${BUNDLE_FILE}`).catch(() => {});
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
