import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { localiseCollection } from '../../../../src/lib/core/data/localise';
import type { TranslationFile } from '../../../../src/lib/core/data/translationSchema';
import { FONT_STACKS, fixedLabelCharacters } from '../../../../src/lib/core/style/labelText';
import { glyphIds } from './glyphIds';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const places = readJson('data/places.geojson') as FeatureCollection;

/** Every character a language's map labels can draw: its place names and the style's words. */
function labelText(lang: 'zh-Hant' | 'ja'): string {
	const t = readJson(`data/i18n/${lang}.json`) as TranslationFile;
	const localised = localiseCollection(places, 'places.geojson', t);
	return (
		localised.features.map((f) => String(f.properties?.name)).join('') + fixedLabelCharacters(lang)
	);
}

describe.each(['zh-Hant', 'ja'] as const)('glyphs for %s', (lang) => {
	const dir = `public/glyphs/${FONT_STACKS[lang].join(',')}`;

	it('hold every character of the labels, so no label shows tofu or a system font', () => {
		const held = new Set(
			readdirSync(dir).flatMap((f) => glyphIds(new Uint8Array(readFileSync(`${dir}/${f}`))))
		);
		const missing = [...new Set(labelText(lang))].filter((ch) => !held.has(ch.codePointAt(0)!));
		expect(missing).toEqual([]);
	});

	it('keep the ranges the labels need within 300 KB', () => {
		const blocks = new Set([...labelText(lang)].map((ch) => ch.codePointAt(0)! >> 8));
		const bytes = [...blocks].reduce(
			(sum, b) => sum + statSync(`${dir}/${b * 256}-${b * 256 + 255}.pbf`).size,
			0
		);
		console.log(
			`${lang}: ${blocks.size} glyph ranges, ${Math.round(bytes / 1024)} KB for all labels`
		);
		expect(bytes).toBeLessThanOrEqual(300 * 1024);
	});
});
