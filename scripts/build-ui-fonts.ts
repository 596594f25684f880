/**
 * Regenerates the interface's CJK font subsets in src/lib/ui/fonts/subset/ with subset-font
 * (HarfBuzz's hb-subset, compiled to WebAssembly), from the fonts bundled as npm packages
 * @fontsource/noto-sans-tc and @fontsource/noto-sans-jp (SIL Open Font License 1.1):
 *
 *   npm run ui-fonts      (runs this file with tsx: it reads the text from src/ and data/)
 *
 * - "Noto Sans TC UI" and "Noto Sans JP UI", weights 400 and 700: exactly the characters the
 *   interface can write in 繁體中文 or 日本語 (scripts/uiFontText.ts: the message catalogues,
 *   the data and its translations, Intl's dates, the language's name), less those Noto Sans
 *   draws first (its Latin file, loaded by main.ts for every language). Each @font-face lists
 *   its characters in unicode-range, so the browser never fetches one of Fontsource's slices
 *   for them; the slices stay declared after the subset, for text the subset lacks (imported
 *   files, names a reader types).
 * - "Noto Sans TC Name" and "Noto Sans JP Name": only 繁體中文 and 日本語, for the language
 *   switch's buttons on every page (loaded with the app's main CSS).
 *
 * Fontsource ships each face as about a hundred unicode-range slices, with no whole font, and
 * hb-subset cuts one font at a time: each face here is cut from the fewest slices that hold its
 * characters, one file per slice used. The large "chinese-traditional" or "japanese" slice gives
 * all but a dozen; the few characters only numbered slices hold (full-width punctuation in
 * Chinese, a few kanji in Japanese, ▶ ◀) make files under 1.5 KB, which Vite inlines into the
 * CSS as data: URLs, so a page fetches one file per weight. Written: the WOFF2 files, the CSS that declares them
 * (zh-Hant.css, ja.css, names.css) and characters.json, the characters each family's
 * unicode-ranges list, which tests/unit/scripts/uiFontText.test.ts compares with the text the
 * sources hold now, and the PNG export reads (to load the whole face only for what a subset
 * lacks). Output is deterministic: rerunning on unchanged sources rewrites the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { format, resolveConfig } from 'prettier';
import subsetFont from 'subset-font';
import { cjkFamilies } from '../src/lib/core/i18n/fontFamily';
import { LANGUAGE_NAMES } from '../src/lib/core/i18n/languages';
import { CJK_LANGS, uiFontText, type CjkLang } from './uiFontText';

const require = createRequire(import.meta.url);
const fontnik = require('fontnik');
const load = promisify(fontnik.load) as (b: Buffer) => Promise<{ points: number[] }[]>;

const OUT = join('src', 'lib', 'ui', 'fonts', 'subset');

/**
 * The interface is written horizontally: keep the layout features browsers apply to horizontal
 * text by default, and `halt`, with which Chromium trims the space between adjacent full-width
 * punctuation (text-spacing-trim); drop vertical writing's tables and the variation axis names.
 */
const SUBSET_OPTIONS = {
	targetFormat: 'woff2',
	keepFeatures: ['ccmp', 'locl', 'liga', 'kern', 'mark', 'mkmk', 'halt', 'chws'],
	dropTables: ['vhea', 'vmtx', 'VORG', 'STAT']
} as const;
const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];

/** One of Fontsource's files: its path and the code points it covers. */
interface Source {
	file: string;
	points: Set<number>;
}

/** One face family to write: its name, file stem, Fontsource package and characters. */
interface Face {
	family: string;
	stem: string;
	pkg: string;
	chars: number[];
}

/** A written @font-face: its file and the code points its unicode-range lists. */
interface Part {
	family: string;
	weight: Weight;
	file: string;
	range: number[];
	/** The part cut from the source holding most of the characters. */
	main: boolean;
}

/**
 * Variation selectors (U+FE00-FE0F), e.g. the text-presentation selector after ▶: no source
 * file maps them, but Fontsource's slices list some in their unicode-range, and Chromium fetches
 * such a slice to look for a face that supports the sequence. Listed in every part's
 * unicode-range, they keep the browser on the subset, which draws the base character.
 */
const isVariationSelector = (cp: number) => cp >= 0xfe00 && cp <= 0xfe0f;

/** The code points a WOFF file covers (read with fontnik, as scripts/build-glyphs.ts does). */
async function pointsOf(file: string): Promise<Set<number>> {
	const [face] = await load(readFileSync(file));
	return new Set(face?.points ?? []);
}

const sources = new Map<string, Promise<Source[]>>();

/** Every WOFF file of a Fontsource package at one weight, with the code points it covers. */
function sourcesOf(pkg: string, weight: Weight): Promise<Source[]> {
	const key = `${pkg}-${weight}`;
	if (!sources.has(key)) {
		const dir = join(dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files');
		const files = readdirSync(dir)
			.filter((f) => f.endsWith(`-${weight}-normal.woff`))
			.sort()
			.map((f) => join(dir, f));
		sources.set(
			key,
			Promise.all(files.map(async (file) => ({ file, points: await pointsOf(file) })))
		);
	}
	return sources.get(key)!;
}

/**
 * A few source files that hold the characters, picked greedily (the file holding most of those
 * left, in turn), each with the characters taken from it, and the characters none holds.
 */
function cover(
	chars: number[],
	sources: Source[]
): { parts: [Source, number[]][]; none: number[] } {
	let left = chars;
	const parts: [Source, number[]][] = [];
	for (;;) {
		let best: [Source, number[]] | null = null;
		for (const s of sources) {
			const held = left.filter((cp) => s.points.has(cp));
			if (held.length && (!best || held.length > best[1].length)) best = [s, held];
		}
		if (!best) return { parts, none: left };
		parts.push(best);
		const taken = new Set(best[1]);
		left = left.filter((cp) => !taken.has(cp));
	}
}

/** A CSS unicode-range listing exactly the code points, consecutive ones as one range. */
function unicodeRange(points: number[]): string {
	const hex = (cp: number) => cp.toString(16).toUpperCase();
	const ranges: string[] = [];
	for (let i = 0; i < points.length; i++) {
		const start = points[i]!;
		while (points[i + 1] === points[i]! + 1) i++;
		ranges.push(points[i] === start ? `U+${hex(start)}` : `U+${hex(start)}-${hex(points[i]!)}`);
	}
	return ranges.join(', ');
}

/** The @font-face rule of one written part. */
function fontFace(part: Part): string {
	return `@font-face {
	font-family: '${part.family}';
	font-style: normal;
	font-display: swap;
	font-weight: ${part.weight};
	src: url('./${part.file}') format('woff2');
	unicode-range: ${unicodeRange(part.range)};
}`;
}

const sorted = (text: string): number[] =>
	[...new Set([...text].map((ch) => ch.codePointAt(0)!))].sort((a, b) => a - b);
const chars = (points: number[]) => String.fromCodePoint(...points);

/**
 * Cuts one face at each weight into WOFF2 files in OUT; returns the parts written, the
 * characters their unicode-ranges list (the same at each weight) and those no source file holds.
 */
async function writeFace(face: Face): Promise<{ parts: Part[]; held: number[]; none: number[] }> {
	const parts: Part[] = [];
	const none = new Map<Weight, number[]>();
	const selectors = face.chars.filter(isVariationSelector);
	const glyphs = face.chars.filter((cp) => !isVariationSelector(cp));
	for (const weight of WEIGHTS) {
		const covered = cover(glyphs, await sourcesOf(face.pkg, weight));
		none.set(weight, covered.none);
		for (const [i, [source, points]] of covered.parts.entries()) {
			const file = `${face.stem}-${weight}${i ? `-${i + 1}` : ''}.woff2`;
			const woff2 = await subsetFont(readFileSync(source.file), chars(points), SUBSET_OPTIONS);
			writeFileSync(join(OUT, file), woff2);
			const range = [...points, ...selectors].sort((a, b) => a - b);
			parts.push({ family: face.family, weight, file, range, main: i === 0 });
			console.log(
				`${file}: ${points.length} characters from ${basename(source.file)}, ${(woff2.length / 1024).toFixed(1)} KB`
			);
		}
	}
	const [none400, none700] = WEIGHTS.map((w) => none.get(w) ?? []);
	if (chars(none400!) !== chars(none700!)) throw new Error(`${face.family}: weights differ`);
	if (none400!.length) {
		console.log(`${face.family}: no glyph for ${chars(none400!)}, left to system fonts`);
	}
	const missing = new Set(none400);
	return { parts, held: face.chars.filter((cp) => !missing.has(cp)), none: none400! };
}

/**
 * Full-width punctuation whose spacing class Chromium reads from each font's own glyphs (its
 * dots, colon and semicolon), to trim the space between adjacent marks (text-spacing-trim).
 */
const FONT_CLASSED_PUNCTUATION = new Set([...'、。，．：；'].map((ch) => ch.codePointAt(0)!));

/**
 * The @font-face rules of a face's parts, in the order that keeps Chromium's text-spacing-trim
 * as it is with Fontsource's slices. Chromium shapes with a family's faces in the reverse of
 * their declaration order, and classes a mark it meets next to a run from the font of that run,
 * unless the mark's own font has shaped first: a part without the mark's glyph gets it wrong,
 * and the space between the two marks is not trimmed ("區）、" in Chinese kept a full space when
 * ） came from a small part shaped before the main one). So: small parts holding such marks are
 * declared last (shaped first), then the main part, then the other small parts.
 */
function fontFaces(parts: Part[]): string {
	const classed = (p: Part) => p.range.some((cp) => FONT_CLASSED_PUNCTUATION.has(cp));
	return [
		...parts.filter((p) => !p.main && !classed(p)),
		...parts.filter((p) => p.main),
		...parts.filter((p) => !p.main && classed(p))
	]
		.map(fontFace)
		.join('\n\n');
}

/** Writes a text file formatted as the repository's Prettier settings ask. */
async function writeFormatted(path: string, text: string): Promise<void> {
	const options = await resolveConfig(path);
	writeFileSync(path, await format(text, { ...options, filepath: path }));
}

/** The comment heading a generated CSS file. */
const header = (what: string, from: string) => `/*
 * ${what}
 * Generated by \`npm run ui-fonts\` (scripts/build-ui-fonts.ts): do not edit. Cut from ${from}
 * (SIL Open Font License 1.1, from the npm packages @fontsource/noto-sans-tc and -jp).
 */
`;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// Noto Sans's Latin file comes first in every family list: what it holds never reaches a subset.
const latin = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
const [latin400, latin700] = await Promise.all(
	WEIGHTS.map((w) => pointsOf(join(latin, `noto-sans-latin-${w}-normal.woff`)))
);
const notoSans = [...latin400!].filter((cp) => latin700!.has(cp)).sort((a, b) => a - b);
const drawnFirst = new Set(notoSans);
// Controls and line breaks are never drawn.
const drawn = (cp: number) => cp >= 0x20 && !drawnFirst.has(cp);

const PKG: Record<CjkLang, string> = { 'zh-Hant': 'noto-sans-tc', ja: 'noto-sans-jp' };

/** characters.json: the characters each family's unicode-ranges list, and those left out. */
const manifest = {
	families: { 'Noto Sans': chars(notoSans) } as Record<string, string>,
	/** The characters of uiFontText() that no file of the language's face holds. */
	withoutGlyph: {} as Record<CjkLang, string>
};
let names = '';
for (const lang of CJK_LANGS) {
	const pkg = PKG[lang];
	const { subset, full } = cjkFamilies(lang)!;
	const ui = await writeFace({
		family: subset,
		stem: `${pkg}-ui`,
		pkg,
		chars: sorted(await uiFontText(lang)).filter(drawn)
	});
	await writeFormatted(
		join(OUT, `${lang}.css`),
		header(`The ${lang} interface text's own face, for src/lib/ui/fonts/${lang}.css.`, full) +
			fontFaces(ui.parts)
	);
	const name = await writeFace({
		family: `${full} Name`,
		stem: `${pkg}-name`,
		pkg,
		chars: sorted(LANGUAGE_NAMES[lang])
	});
	names += '\n\n' + fontFaces(name.parts);
	manifest.families[subset] = chars(ui.held);
	manifest.families[`${full} Name`] = chars(name.held);
	manifest.withoutGlyph[lang] = chars(ui.none);
}
await writeFormatted(
	join(OUT, 'names.css'),
	header(
		"The language switch's names 繁體中文 and 日本語, on every page (main.ts).",
		'Noto Sans TC and Noto Sans JP'
	) + names
);
await writeFormatted(join(OUT, 'characters.json'), JSON.stringify(manifest));
