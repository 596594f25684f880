import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import {
	BUNDLE_FILE,
	packGlyphBundle,
	rangeInBundle,
	stackHasBundle
} from '../src/lib/core/style/glyphBundle';

const GLYPHS = 'public/glyphs';

/** The bundle of one font stack's CJK glyph ranges, read from public/glyphs/<stack>/. */
export function stackBundle(dir: string, stack: string): Uint8Array {
	const ranges = readdirSync(join(dir, stack)).flatMap((f) => {
		const m = /^(\d+)-\d+\.pbf$/.exec(f);
		const start = m ? Number(m[1]) : NaN;
		return m && rangeInBundle(stack, start)
			? [{ start, bytes: new Uint8Array(readFileSync(join(dir, stack, f))) }]
			: [];
	});
	return packGlyphBundle(ranges);
}

/** The font stacks under `dir` that get a bundle (Chinese and Japanese). */
export function bundledStacks(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && stackHasBundle(d.name))
		.map((d) => d.name);
}

/**
 * Serves each Chinese and Japanese font stack's CJK glyph ranges as one file,
 * glyphs/<stack>/cjk.glyphs (see src/lib/core/style/glyphBundle.ts): written into the build,
 * and answered by the dev server. The range files stay in public/glyphs as the source.
 */
export function glyphBundles(): Plugin {
	return {
		name: 'strait-atlas:glyph-bundles',
		generateBundle() {
			for (const stack of bundledStacks(GLYPHS)) {
				this.emitFile({
					type: 'asset',
					fileName: `glyphs/${stack}/${BUNDLE_FILE}`,
					source: stackBundle(GLYPHS, stack)
				});
			}
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const m = /^\/glyphs\/([^/]+)\/([^/?]+)/.exec(req.url ?? '');
				const stack = m ? decodeURIComponent(m[1]!) : '';
				if (!m || m[2] !== BUNDLE_FILE || !bundledStacks(GLYPHS).includes(stack)) return next();
				res.setHeader('Content-Type', 'application/octet-stream');
				res.end(stackBundle(GLYPHS, stack));
			});
		}
	};
}
