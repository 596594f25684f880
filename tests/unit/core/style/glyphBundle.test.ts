import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BUNDLE_FROM,
	GLYPHS_TEMPLATE,
	glyphSource,
	packGlyphBundle,
	parseGlyphUrl,
	unpackGlyphBundle
} from '../../../../src/lib/core/style/glyphBundle';
import { FONT } from '../../../../src/lib/core/style/ids';
import { FONT_STACKS } from '../../../../src/lib/core/style/labelText';

const bytes = (...b: number[]) => new Uint8Array(b);
const TC = FONT_STACKS['zh-Hant'].join(',');

describe('packGlyphBundle', () => {
	it('packGlyphBundle() ranges come back from unpackGlyphBundle() byte for byte', () => {
		const ranges = [
			{ start: 20224, bytes: bytes(10, 3, 1, 2) },
			{ start: 12288, bytes: bytes(10, 9) },
			{ start: 65280, bytes: bytes() }
		];
		const packed = packGlyphBundle(ranges);
		const out = unpackGlyphBundle(packed.buffer as ArrayBuffer);
		expect([...out.keys()]).toEqual([12288, 20224, 65280]);
		for (const r of ranges) expect([...out.get(r.start)!]).toEqual([...r.bytes]);
	});
});

describe('unpackGlyphBundle', () => {
	it('unpackGlyphBundle() rejects a file without the bundle header', () => {
		expect(() => unpackGlyphBundle(bytes(10, 0, 0, 0, 0, 0, 0, 0).buffer)).toThrow(/SAGB/);
	});

	it('unpackGlyphBundle() names a range that runs past the end of the file', () => {
		const packed = packGlyphBundle([{ start: 12288, bytes: bytes(1, 2, 3, 4) }]);
		expect(() => unpackGlyphBundle(packed.slice(0, packed.length - 1).buffer)).toThrow(
			/range 12288 runs past the end/
		);
	});
});

describe('glyphSource', () => {
	it('glyphSource() reads a CJK range of a Chinese stack from its bundle', () => {
		expect(glyphSource(TC, '20224-20479')).toEqual({ bundle: `${TC}/cjk.glyphs`, start: 20224 });
	});

	it("glyphSource() reads a Chinese stack's Latin range from Noto Sans's own file", () => {
		expect(glyphSource(TC, '0-255')).toEqual({ file: `${FONT}/0-255.pbf` });
	});

	it("glyphSource() reads the English stack's ranges from its own files", () => {
		expect(glyphSource(FONT, '8192-8447')).toEqual({ file: `${FONT}/8192-8447.pbf` });
	});
});

describe('parseGlyphUrl', () => {
	it("parseGlyphUrl() reads the stack and range of the style's glyph URL", () => {
		const url = GLYPHS_TEMPLATE.replace('{fontstack}', TC).replace('{range}', '0-255');
		expect(parseGlyphUrl(url)).toEqual({ stack: TC, range: '0-255' });
	});

	it('parseGlyphUrl() returns null for a URL that is not a glyph range', () => {
		expect(parseGlyphUrl('sa-glyphs://Noto Sans Regular/cjk.glyphs')).toBeNull();
	});
});

describe.each(['zh-Hant', 'ja'] as const)('the %s glyph ranges below the bundle', (lang) => {
	it("are Noto Sans's own byte for byte, so glyphSource() may read them from its directory", () => {
		const dir = `public/glyphs/${FONT_STACKS[lang].join(',')}`;
		const below = readdirSync(dir).filter((f) => Number(f.split('-')[0]) < BUNDLE_FROM);
		expect(below.length).toBeGreaterThan(0);
		for (const f of below) {
			expect(
				readFileSync(`${dir}/${f}`).equals(readFileSync(`public/glyphs/${FONT}/${f}`)),
				f
			).toBe(true);
		}
	});
});
