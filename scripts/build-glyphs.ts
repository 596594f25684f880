/**
 * Regenerates the map's label glyphs in public/glyphs/ with fontnik (Mapbox's SDF glyph
 * generator, which ships a prebuilt binary in its npm package), from fonts bundled as npm
 * packages (all SIL Open Font License 1.1):
 *
 *   npm run glyphs        (runs this file with tsx: it reads the label text from src/lib/core)
 *
 * - "Noto Sans Regular" (English labels): every block of 256 code points that the latin and
 *   latin-ext subsets of @fontsource/noto-sans cover, whole.
 * - "Noto Sans Regular,Noto Sans TC Regular" (zh-Hant) and "Noto Sans Regular,Noto Sans JP
 *   Regular" (ja): the font stacks of src/lib/core/style/labelText.ts, as MapLibre requests them
 *   (one name, comma-joined). Each holds the Latin blocks 0-255, 256-511 and 8192-8447 from Noto
 *   Sans (for names still in English, digits and units) and, from @fontsource/noto-sans-tc or
 *   @fontsource/noto-sans-jp, only the CJK characters the labels use (place names from data/ and
 *   data/i18n, the style's own zone and reference words), so each range file stays small.
 *   Fontsource ships each CJK face as about a hundred WOFF slices; fontnik (FreeType) reads WOFF
 *   directly, so no conversion is needed.
 *
 * Output in MapLibre's `glyphs` layout: public/glyphs/{fontstack}/{start}-{end}.pbf. Pre-rendered
 * glyphs spare the browser from drawing each glyph into a signed distance field on the main
 * thread at startup (what MapLibre's `font-faces` does), and never fall back to the reader's own
 * fonts (the map must set `localIdeographFontFamily: false`).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { PbfReader, PbfWriter } from 'pbf';
import type { FeatureCollection } from 'geojson';
import { localiseCollection } from '../src/lib/core/data/localise';
import type { TranslationFile } from '../src/lib/core/data/translationSchema';
import type { Lang } from '../src/lib/core/i18n/languages';
import { FONT_STACKS, fixedLabelCharacters } from '../src/lib/core/style/labelText';

const require = createRequire(import.meta.url);
const fontnik = require('fontnik');

/** A loaded font file: its bytes and the code points it covers. */
interface Font {
	buffer: Buffer;
	points: Set<number>;
}

const load = promisify(fontnik.load) as (b: Buffer) => Promise<{ points: number[] }[]>;
const range = promisify(fontnik.range) as (o: {
	font: Buffer;
	start: number;
	end: number;
}) => Promise<Uint8Array>;
const composite = promisify(fontnik.composite) as (parts: Uint8Array[]) => Promise<Uint8Array>;

const GLYPHS = join('public', 'glyphs');
/** Latin blocks every CJK stack carries whole: Basic Latin and Latin-1, Latin Extended-A, punctuation. */
const LATIN_BLOCKS = [0, 256, 8192];

/** Loads font files with fontnik: each file's buffer and the code points it covers. */
async function loadFonts(files: string[]): Promise<Font[]> {
	return Promise.all(
		files.map(async (file) => {
			const buffer = readFileSync(file);
			const [face] = await load(buffer);
			return { buffer, points: new Set(face?.points ?? []) };
		})
	);
}

/** The glyph protobuf for one block, rendered from every font that has a code point in it. */
async function renderBlock(fonts: Font[], start: number): Promise<Uint8Array | null> {
	const end = start + 255;
	const parts: Uint8Array[] = [];
	for (const font of fonts) {
		for (const cp of font.points) {
			if (cp >= start && cp <= end) {
				parts.push(await range({ font: font.buffer, start, end }));
				break;
			}
		}
	}
	if (!parts.length) return null;
	return parts.length === 1 ? parts[0]! : composite(parts);
}

/** A glyph protobuf keeping only the glyphs whose code point is in `keep`. */
function subset(buffer: Uint8Array, keep: Set<number>): Uint8Array {
	let name = '';
	let rangeName = '';
	const glyphs: Uint8Array[] = [];
	new PbfReader(buffer).readFields((tag, _, pbf) => {
		if (tag !== 1) return;
		const end = pbf.readVarint() + pbf.pos;
		while (pbf.pos < end) {
			const val = pbf.readVarint();
			const field = val >> 3;
			if (field === 1) name = pbf.readString();
			else if (field === 2) rangeName = pbf.readString();
			else if (field === 3) {
				const bytes = pbf.readBytes();
				const id = new PbfReader(bytes).readFields(
					(t: number, state: { id: number }, p: PbfReader) => {
						if (t === 1) state.id = p.readVarint();
					},
					{ id: -1 }
				).id;
				if (keep.has(id)) glyphs.push(bytes);
			} else pbf.skip(val);
		}
	}, null);
	const out = new PbfWriter();
	out.writeMessage(
		1,
		(_, w) => {
			w.writeStringField(1, name);
			w.writeStringField(2, rangeName);
			for (const g of glyphs) w.writeBytesField(3, g);
		},
		null
	);
	return out.finish();
}

function writeStack(stack: string, blocks: [number, Uint8Array][]): void {
	const dir = join(GLYPHS, stack);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	let bytes = 0;
	for (const [start, pbf] of blocks) {
		writeFileSync(join(dir, `${start}-${start + 255}.pbf`), pbf);
		bytes += pbf.length;
	}
	console.log(`${stack}: ${blocks.length} glyph ranges, ${Math.round(bytes / 1024)} KB`);
}

// ---------------------------------------------------------------- Latin (English)

const latin = await loadFonts(
	['latin', 'latin-ext'].map((subset) =>
		require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-400-normal.woff`)
	)
);
const latinBlocks = [
	...new Set(latin.flatMap((f) => [...f.points].map((cp) => cp - (cp % 256))))
].sort((a, b) => a - b);
const latinPbf = new Map<number, Uint8Array>();
for (const start of latinBlocks) {
	const pbf = await renderBlock(latin, start);
	if (pbf) latinPbf.set(start, pbf);
}
writeStack(FONT_STACKS.en.join(','), [...latinPbf]);

// ---------------------------------------------------------------- CJK (zh-Hant, ja)

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const places = readJson('data/places.geojson') as FeatureCollection;

/** Every character a language's labels can draw: localised place names and the style's words. */
function labelCharacters(lang: Exclude<Lang, 'en'>): Set<number> {
	const localised = localiseCollection(
		places,
		'places.geojson',
		readJson(`data/i18n/${lang}.json`) as TranslationFile
	);
	const text =
		localised.features.map((f) => String(f.properties?.name)).join('') + fixedLabelCharacters(lang);
	return new Set([...text].map((ch) => ch.codePointAt(0)!));
}

const CJK: [Exclude<Lang, 'en'>, string][] = [
	['zh-Hant', 'noto-sans-tc'],
	['ja', 'noto-sans-jp']
];
for (const [lang, pkg] of CJK) {
	const dir = dirname(require.resolve(`@fontsource/${pkg}/package.json`));
	const files = readdirSync(join(dir, 'files'))
		.filter((f) => f.endsWith('-400-normal.woff'))
		.map((f) => join(dir, 'files', f));
	const fonts = await loadFonts(files);
	const wanted = labelCharacters(lang);
	const needed = new Map<number, Set<Font>>();
	for (const cp of wanted) {
		if (latinBlocks.includes(cp - (cp % 256)) && latin.some((f) => f.points.has(cp))) continue;
		const font = fonts.find((f) => f.points.has(cp));
		if (!font) throw new Error(`${lang}: no glyph for U+${cp.toString(16)} in ${pkg}`);
		const start = cp - (cp % 256);
		if (!needed.has(start)) needed.set(start, new Set());
		needed.get(start)!.add(font);
	}
	const blocks = new Map(LATIN_BLOCKS.map((start) => [start, latinPbf.get(start)!]));
	for (const [start, cjkFonts] of [...needed].sort((a, b) => a[0] - b[0])) {
		const parts: Uint8Array[] = [];
		if (blocks.has(start)) parts.push(blocks.get(start)!);
		for (const font of cjkFonts) {
			parts.push(subset(await range({ font: font.buffer, start, end: start + 255 }), wanted));
		}
		blocks.set(start, parts.length === 1 ? parts[0]! : await composite(parts));
	}
	writeStack(
		FONT_STACKS[lang].join(','),
		[...blocks].sort((a, b) => a[0] - b[0])
	);
}
