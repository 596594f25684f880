/**
 * A glyph bundle: many of a font stack's glyph range files (MapLibre's `{start}-{end}.pbf`) in
 * one file, so a Chinese or Japanese map asks for its CJK glyphs once instead of 40-odd times.
 * Over HTTP/1.1's six connections those requests went out in waves and the labels waited for
 * the last one.
 *
 * Layout, little-endian: the 4 bytes "SAGB", a uint32 count, then per range a uint32 start, a
 * uint32 offset and a uint32 length (offsets counted from the start of the file), then the
 * ranges' bytes as written by fontnik, unchanged.
 */

/** The first code point a bundle holds: CJK symbols and punctuation (U+3000) and above. */
export const BUNDLE_FROM = 0x3000;

/** The bundle's file name inside a font stack's glyph directory. */
export const BUNDLE_FILE = 'cjk.glyphs';

const MAGIC = [0x53, 0x41, 0x47, 0x42]; // "SAGB"

/** One glyph range file: its first code point and its protobuf bytes. */
export interface GlyphRange {
	start: number;
	bytes: Uint8Array;
}

/** Whether a font stack has a bundle: the Chinese and Japanese stacks (`FONT_STACKS`) do. */
export function stackHasBundle(stack: string): boolean {
	return stack.includes(',');
}

/** Whether the range starting at `start` is served from its stack's bundle. */
export function rangeInBundle(stack: string, start: number): boolean {
	return stackHasBundle(stack) && start >= BUNDLE_FROM;
}

/**
 * Where a glyph range is read from, relative to the glyphs directory: its stack's bundle (and the
 * range's first code point, its key there), or a range file. A bundled stack's ranges below `BUNDLE_FROM` are its first font's (Noto Sans)
 * own, byte for byte (scripts/build-glyphs.ts copies those blocks whole; a unit test holds
 * them equal), so they are read from that font's directory: every language shares one file,
 * and index.html's preload of Noto Sans's 0-255 serves them all.
 * @example glyphSource('Noto Sans Regular,Noto Sans TC Regular', '0-255') // { file: 'Noto Sans Regular/0-255.pbf' }
 */
export function glyphSource(
	stack: string,
	range: string
): { bundle: string; start: number } | { file: string } {
	const start = Number(range.split('-')[0]);
	if (rangeInBundle(stack, start)) return { bundle: `${stack}/${BUNDLE_FILE}`, start };
	const font = stackHasBundle(stack) ? stack.slice(0, stack.indexOf(',')) : stack;
	return { file: `${font}/${range}.pbf` };
}

/** Packs glyph ranges into one bundle (scripts/glyphBundles.ts, at build and in dev). */
export function packGlyphBundle(ranges: readonly GlyphRange[]): Uint8Array {
	const sorted = [...ranges].sort((a, b) => a.start - b.start);
	const head = 8 + sorted.length * 12;
	const size = head + sorted.reduce((n, r) => n + r.bytes.length, 0);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	out.set(MAGIC, 0);
	view.setUint32(4, sorted.length, true);
	let offset = head;
	sorted.forEach((r, i) => {
		view.setUint32(8 + i * 12, r.start, true);
		view.setUint32(12 + i * 12, offset, true);
		view.setUint32(16 + i * 12, r.bytes.length, true);
		out.set(r.bytes, offset);
		offset += r.bytes.length;
	});
	return out;
}

/**
 * Reads a bundle's index: each range's start to its bytes (views into `bundle`, not copies).
 * Throws on a file that is not a bundle or is cut short, naming what is wrong.
 */
export function unpackGlyphBundle(bundle: ArrayBuffer): Map<number, Uint8Array> {
	const view = new DataView(bundle);
	if (bundle.byteLength < 8 || MAGIC.some((b, i) => view.getUint8(i) !== b)) {
		throw new Error('not a glyph bundle (no SAGB header)');
	}
	const count = view.getUint32(4, true);
	if (8 + count * 12 > bundle.byteLength) throw new Error('glyph bundle index cut short');
	const ranges = new Map<number, Uint8Array>();
	for (let i = 0; i < count; i++) {
		const start = view.getUint32(8 + i * 12, true);
		const offset = view.getUint32(12 + i * 12, true);
		const length = view.getUint32(16 + i * 12, true);
		if (offset + length > bundle.byteLength) {
			throw new Error(`glyph bundle range ${start} runs past the end of the file`);
		}
		ranges.set(start, new Uint8Array(bundle, offset, length));
	}
	return ranges;
}

/** The URL scheme of the style's glyphs, answered by src/lib/map/glyphProtocol.ts. */
export const GLYPH_PROTOCOL = 'sa-glyphs';

/** The style's `glyphs` template: the protocol, then MapLibre's placeholders. */
export const GLYPHS_TEMPLATE = `${GLYPH_PROTOCOL}://{fontstack}/{range}.pbf`;

/** The font stack and range (`0-255`) a glyph URL of the template asks for, or null. */
export function parseGlyphUrl(url: string): { stack: string; range: string } | null {
	const m = /^[\w-]+:\/\/(.+)\/(\d+-\d+)\.pbf$/.exec(url);
	return m ? { stack: m[1]!, range: m[2]! } : null;
}
