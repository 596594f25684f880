import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { matchLanguage } from '../src/lib/core/i18n/chooseLanguage';
import { LANGUAGES, type Lang } from '../src/lib/core/i18n/languages';

/** How a file is preloaded: a module, a fetch (JSON), a stylesheet or a font. */
export type PreloadKind = 'modulepreload' | 'fetch' | 'style' | 'font';

/** What a language needs before the app can mount in it: [kind, URL relative to the page]. */
export type LanguagePreloads = Partial<Record<Lang, [PreloadKind, string][]>>;

/**
 * The text of the classic script that chooses the page's language as the app will (the link's
 * `lang=`, else the browser's languages, else English) and adds a `<link rel="preload">` for each
 * file that language needs. It runs from index.html's head, before the app's modules have loaded.
 */
export function preloadScript(files: LanguagePreloads): string {
	return `(function () {
	var files = ${JSON.stringify(files)};
	var langs = ${JSON.stringify(LANGUAGES)};
	var matchLanguage = ${matchLanguage.toString()};
	var lang = new URLSearchParams(location.hash.slice(1)).get('lang');
	if (langs.indexOf(lang) < 0) {
		lang = null;
		var tags = navigator.languages || [];
		for (var i = 0; i < tags.length && !lang; i++) lang = matchLanguage(tags[i]);
	}
	(files[lang] || []).forEach(function (f) {
		var link = document.createElement('link');
		link.rel = f[0] === 'modulepreload' ? 'modulepreload' : 'preload';
		if (f[0] !== 'modulepreload') link.as = f[0];
		// CORS like the request each is preloaded for (a module, fetch(), @font-face, and Vite's
		// <link rel=stylesheet crossorigin>): a preload in another mode is fetched a second time.
		if (f[0] !== 'modulepreload') link.crossOrigin = 'anonymous';
		link.href = f[1];
		document.head.appendChild(link);
	});
})();
`;
}

/** The parts of an emitted chunk or asset the plugin reads. */
type Emitted =
	| {
			type: 'chunk';
			fileName: string;
			facadeModuleId: string | null;
			viteMetadata?: { importedCss: Set<string> };
	  }
	| { type: 'asset'; fileName: string; originalFileNames: readonly string[] };

/**
 * Picks each language's startup files out of a build: its interface catalogue chunk, its font
 * stylesheet and the two interface subset faces (regular, bold), its data translations and the
 * chunk that loads them.
 */
export function languagePreloads(bundle: Record<string, Emitted>): LanguagePreloads {
	const files: LanguagePreloads = {};
	const add = (lang: Lang, kind: PreloadKind, fileName: string) =>
		(files[lang] ??= []).push([kind, `./${fileName}`]);
	for (const lang of LANGUAGES) {
		if (lang === 'en') continue;
		const face = lang === 'ja' ? 'jp' : 'tc';
		const inputs: [RegExp, PreloadKind][] = [
			[new RegExp(`/src/lib/core/i18n/messages/${lang}\\.ts$`), 'modulepreload'],
			// The loader of the data translations: a lazy chunk the app imports as it mounts.
			[/\/src\/lib\/data\/loadTranslation\.ts$/, 'modulepreload'],
			[new RegExp(`/src/lib/ui/fonts/${lang}\\.css$`), 'modulepreload'],
			[new RegExp(`(^|/)data/i18n/${lang}\\.json$`), 'fetch'],
			[new RegExp(`/noto-sans-${face}-ui-(400|700)\\.woff2$`), 'font']
		];
		for (const f of Object.values(bundle)) {
			const ids = f.type === 'chunk' ? [f.facadeModuleId ?? ''] : f.originalFileNames;
			const hit = inputs.find(([re]) => ids.some((id) => re.test(`/${id}`)));
			if (!hit) continue;
			add(lang, f.fileName.endsWith('.css') ? 'style' : hit[1], f.fileName);
			if (f.type === 'chunk')
				for (const css of f.viteMetadata?.importedCss ?? []) add(lang, 'style', css);
		}
	}
	return files;
}

/**
 * index.html with `source` run inline from its head (before the title) and the script's SHA-256
 * added to the page's Content-Security-Policy `script-src`, which allows it and no other inline
 * script. Inline, the script costs no request: as a file of its own, the parser waited ~25 ms for
 * it, and the app's modules and data were asked only after.
 * @example inlineScript(html, 'x()') // '…script-src \'self\' \'sha256-…\'…<script>x()</script>…'
 */
export function inlineScript(html: string, source: string): string {
	if (source.includes('</')) throw new Error('preload script: "</" would end the inline script');
	const hash = createHash('sha256').update(source).digest('base64');
	const withHash = html.replace(/(script-src 'self')/, `$1 'sha256-${hash}'`);
	if (withHash === html) throw new Error("index.html: no CSP script-src 'self' to add the hash to");
	if (!withHash.includes('<title>')) throw new Error('index.html: no <title> to insert before');
	return withHash.replace('<title>', `<script>${source}</script>\n\t\t<title>`);
}

/**
 * Makes a Chinese or Japanese page fetch its catalogue, data translations and interface fonts
 * with the page, in parallel with the app's scripts, instead of after the app's 1 MB of modules
 * have loaded and run: writes the preload script inline into index.html's head (inlineScript).
 */
export function preloadLanguage(): Plugin {
	return {
		name: 'strait-atlas:preload-language',
		apply: 'build',
		enforce: 'post',
		generateBundle(_options, bundle) {
			const html = bundle['index.html'];
			if (!html || html.type !== 'asset') return;
			const source = preloadScript(languagePreloads(bundle as unknown as Record<string, Emitted>));
			html.source = inlineScript(String(html.source), source);
		}
	};
}
