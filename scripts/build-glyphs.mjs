/**
 * Regenerates the map's label glyphs in public/glyphs/ from the bundled Noto Sans (npm package
 * @fontsource/noto-sans, SIL Open Font License 1.1), with fontnik (Mapbox's SDF glyph generator,
 * which ships a prebuilt binary in its npm package).
 *
 *   npm run glyphs
 *
 * Writes one protobuf per block of 256 code points that either subset (latin, latin-ext) covers,
 * in MapLibre's `glyphs` layout: public/glyphs/Noto Sans Regular/{start}-{end}.pbf. The map loads
 * only the blocks its labels use. Pre-rendered glyphs spare the browser from drawing each glyph
 * into a signed distance field on the main thread at startup (what MapLibre's `font-faces` does).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);
const fontnik = require('fontnik');
const load = promisify(fontnik.load);
const range = promisify(fontnik.range);
const composite = promisify(fontnik.composite);

/** The font stack name the style's `text-font` uses (src/lib/core/style/ids.ts FONT). */
const STACK = 'Noto Sans Regular';
const OUT = join('public', 'glyphs', STACK);
const FILES = ['latin', 'latin-ext'].map((subset) =>
	require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-400-normal.woff`)
);

const fonts = await Promise.all(
	FILES.map(async (file) => {
		const buffer = readFileSync(file);
		const [face] = await load(buffer);
		return { buffer, points: /** @type {number[]} */ (face.points) };
	})
);
const blocks = [...new Set(fonts.flatMap((f) => f.points.map((cp) => cp - (cp % 256))))].sort(
	(a, b) => a - b
);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let bytes = 0;
for (const start of blocks) {
	const end = start + 255;
	const parts = [];
	for (const font of fonts) {
		if (font.points.some((cp) => cp >= start && cp <= end)) {
			parts.push(await range({ font: font.buffer, start, end }));
		}
	}
	const pbf = parts.length === 1 ? parts[0] : await composite(parts);
	writeFileSync(join(OUT, `${start}-${end}.pbf`), pbf);
	bytes += pbf.length;
}
console.log(`wrote ${blocks.length} glyph ranges (${Math.round(bytes / 1024)} KB) to ${OUT}`);
