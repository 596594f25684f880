import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledStacks, stackBundle } from '../../../scripts/glyphBundles';
import { BUNDLE_FROM, unpackGlyphBundle } from '../../../src/lib/core/style/glyphBundle';
import { FONT_STACKS } from '../../../src/lib/core/style/labelText';

const DIR = 'public/glyphs';

describe('bundledStacks', () => {
	it('bundledStacks() lists the Chinese and Japanese stacks, not Noto Sans alone', () => {
		expect(bundledStacks(DIR).sort()).toEqual(
			[FONT_STACKS['zh-Hant'].join(','), FONT_STACKS.ja.join(',')].sort()
		);
	});
});

describe('stackBundle', () => {
	it.each(['zh-Hant', 'ja'] as const)(
		'stackBundle() holds every %s range file from U+3000 up, byte for byte, and none below',
		(lang) => {
			const stack = FONT_STACKS[lang].join(',');
			const packed = stackBundle(DIR, stack);
			const ranges = unpackGlyphBundle(packed.buffer as ArrayBuffer);
			const files = readdirSync(`${DIR}/${stack}`).filter(
				(f) => Number(f.split('-')[0]) >= BUNDLE_FROM
			);
			expect([...ranges.keys()].sort((a, b) => a - b)).toEqual(
				files.map((f) => Number(f.split('-')[0])).sort((a, b) => a - b)
			);
			for (const f of files) {
				const held = ranges.get(Number(f.split('-')[0]))!;
				expect(Buffer.from(held).equals(readFileSync(`${DIR}/${stack}/${f}`)), f).toBe(true);
			}
		}
	);
});
