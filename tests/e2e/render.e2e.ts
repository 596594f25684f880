import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import {
	RENDER_CASES,
	RENDER_DIR,
	RENDER_HASH,
	RENDER_VIEWPORT
} from '../../scripts/render-cases.mjs';
import { sharedApp } from './util';

/**
 * How far a capture may stray from its reference. Under SwiftShader the captures are identical
 * run to run (0 pixels differ), so the tolerance is tight: a pixel counts as different when
 * pixelmatch's colour distance exceeds THRESHOLD (about 5/255 of luminance; its default of 0.1
 * let a red zone turned orange-red and a recoloured coastline through), pixels it classifies as
 * anti-aliasing are not counted (where two rasterisers differ most), and at most MAX_DIFF_PIXELS
 * may differ: fewer than the ~28 of the legend's dashed lane swatch. Measured by recolouring one
 * layer: the coastline's hue 797 pixels (style) and 448 (overlays), the shipping lanes 764 and
 * 510 (29 in the legend), the lanes a shade lighter 108, 60 and 28.
 */
const THRESHOLD = 0.02;
const MAX_DIFF_PIXELS = 20;

/** The top-left `width` × `height` pixels of a decoded PNG, as RGBA bytes. */
function crop(png: PNG, width: number, height: number): Uint8Array {
	if (png.width === width && png.height === height) return png.data;
	const out = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		out.set(png.data.subarray(y * png.width * 4, (y * png.width + width) * 4), y * width * 4);
	}
	return out;
}

/**
 * Compares a capture with its reference; on a mismatch writes the capture and a diff image to a
 * temporary folder and fails naming them.
 */
function expectLikeReference(name: string, actualPng: Buffer): void {
	const reference = PNG.sync.read(readFileSync(join(RENDER_DIR, `${name}.png`)));
	const actual = PNG.sync.read(actualPng);
	// An element's capture (the legend) is its box rounded to whole pixels, which can come out a
	// pixel taller or shorter run to run: a side within a pixel compares on the common part.
	const width = Math.min(actual.width, reference.width);
	const height = Math.min(actual.height, reference.height);
	expect(Math.abs(actual.width - reference.width), `${name}: width`).toBeLessThanOrEqual(1);
	expect(Math.abs(actual.height - reference.height), `${name}: height`).toBeLessThanOrEqual(1);
	const diff = new PNG({ width, height });
	const count = pixelmatch(
		crop(reference, width, height),
		crop(actual, width, height),
		diff.data,
		width,
		height,
		{ threshold: THRESHOLD }
	);
	if (count > MAX_DIFF_PIXELS) {
		const dir = join(tmpdir(), 'strait-atlas-render');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, `${name}-actual.png`), actualPng);
		writeFileSync(join(dir, `${name}-diff.png`), PNG.sync.write(diff));
		expect.fail(
			`${name}: ${count} pixels differ from ${RENDER_DIR}/${name}.png (at most ${MAX_DIFF_PIXELS} allowed). ` +
				`Diff: ${join(dir, `${name}-diff.png`)}, capture: ${join(dir, `${name}-actual.png`)}. ` +
				'If the change is intended, run `npm run render:refs` and commit the new references.'
		);
	}
}

describe('render regression', () => {
	const shared = sharedApp({ ...RENDER_VIEWPORT, hash: RENDER_HASH });

	for (const c of RENDER_CASES) {
		it(`the ${c.name} reference: ${c.shows}`, async () => {
			expectLikeReference(c.name, await c.capture(shared().page));
		});
	}
});
