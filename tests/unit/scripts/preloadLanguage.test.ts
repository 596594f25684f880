import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../../src/lib/core/i18n/chooseLanguage';
import { parseUrlState } from '../../../src/lib/core/url/urlState';
import {
	inlineScript,
	languagePreloads,
	preloadScript,
	type LanguagePreloads
} from '../../../scripts/preloadLanguage';

const FILES: LanguagePreloads = {
	'zh-Hant': [
		['fetch', './assets/zh-Hant-1.json'],
		['font', './assets/noto-sans-tc-ui-400-1.woff2']
	],
	ja: [
		['modulepreload', './assets/ja-1.js'],
		['style', './assets/ja-1.css']
	]
};

type Link = { rel: string; as?: string; crossOrigin?: string; href: string };

/** Runs the generated script against a page at `hash` in a browser preferring `languages`. */
function run(hash: string, languages: string[]): Link[] {
	const links: Link[] = [];
	const document = {
		createElement: () => ({ rel: '', href: '' }) as Link,
		head: { appendChild: (l: Link) => links.push(l) }
	};
	new Function('location', 'navigator', 'document', preloadScript(FILES))(
		{ hash },
		{ languages },
		document
	);
	return links;
}

describe('preloadScript', () => {
	it('preloadScript() chooses the language as the app does, from the link then the browser', () => {
		const cases: [string, string[]][] = [
			['#lang=ja', ['zh-TW']],
			['#lang=zh-Hant&t=2025-12-30T00:00:00Z', []],
			['#lang=fr', ['ja-JP']],
			['#t=2025-12-30T00:00:00Z', ['fr-FR', 'zh-HK', 'ja']],
			['', ['en-US', 'ja']],
			['', []],
			['#lang=EN', ['ja']]
		];
		for (const [hash, languages] of cases) {
			const lang = chooseLanguage(parseUrlState(hash).lang, languages);
			const expected = (FILES[lang] ?? []).map(([, href]) => href);
			expect(
				run(hash, languages).map((l) => l.href),
				`${hash} ${languages.join(',')}`
			).toEqual(expected);
		}
	});

	it('preloadScript() preloads JSON, fonts and stylesheets as CORS fetches, modules as modulepreload', () => {
		expect(run('#lang=zh-Hant', [])).toEqual([
			{ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: './assets/zh-Hant-1.json' },
			{
				rel: 'preload',
				as: 'font',
				crossOrigin: 'anonymous',
				href: './assets/noto-sans-tc-ui-400-1.woff2'
			}
		]);
		expect(run('#lang=ja', [])).toEqual([
			{ rel: 'modulepreload', href: './assets/ja-1.js' },
			{ rel: 'preload', as: 'style', crossOrigin: 'anonymous', href: './assets/ja-1.css' }
		]);
	});
});

describe('languagePreloads', () => {
	it("languagePreloads() picks each language's catalogue, font CSS, translations and subset faces", () => {
		const chunk = (fileName: string, id: string, css: string[] = []) => ({
			type: 'chunk' as const,
			fileName,
			facadeModuleId: `/repo/${id}`,
			viteMetadata: { importedCss: new Set(css) }
		});
		const asset = (fileName: string, original: string) => ({
			type: 'asset' as const,
			fileName,
			originalFileNames: [original]
		});
		const files = languagePreloads({
			a: chunk('assets/ja-x.js', 'src/lib/core/i18n/messages/ja.ts'),
			b: chunk('assets/ja-y.js', 'src/lib/ui/fonts/ja.css', ['assets/ja-y.css']),
			c: asset('assets/ja-z.json', 'data/i18n/ja.json'),
			d: asset('assets/jp-400.woff2', 'src/lib/ui/fonts/subset/noto-sans-jp-ui-400.woff2'),
			e: asset('assets/jp-400-2.woff2', 'src/lib/ui/fonts/subset/noto-sans-jp-ui-400-2.woff2'),
			f: chunk('assets/index.js', 'src/main.ts'),
			g: asset('assets/zh.json', 'data/i18n/zh-Hant.json')
		});
		expect(files).toEqual({
			ja: [
				['modulepreload', './assets/ja-x.js'],
				['modulepreload', './assets/ja-y.js'],
				['style', './assets/ja-y.css'],
				['fetch', './assets/ja-z.json'],
				['font', './assets/jp-400.woff2']
			],
			'zh-Hant': [['fetch', './assets/zh.json']]
		});
	});
});

describe('inlineScript', () => {
	const HTML = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
		<title>t</title>`;

	it('inlineScript() allows exactly the inlined script in the CSP, by its SHA-256', () => {
		const source = 'console.log(1);';
		const hash = createHash('sha256').update(source).digest('base64');
		const html = inlineScript(HTML, source);
		expect(html).toContain(`script-src 'self' 'sha256-${hash}';`);
		expect(html).toMatch(/<script>console\.log\(1\);<\/script>\s*<title>/);
	});

	it('inlineScript() refuses a script that could end its own tag', () => {
		expect(() => inlineScript(HTML, 'x("</script>")')).toThrow(/would end the inline script/);
	});

	it('inlineScript() refuses a page without a script-src to allow it in', () => {
		expect(() => inlineScript('<title>t</title>', 'x()')).toThrow(/script-src/);
	});
});
