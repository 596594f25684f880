import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Import rules that keep the three rings apart: core <- state <- map/ui (see README, Architecture). */
const ring = (forbidden, message) => ({
	'@typescript-eslint/no-restricted-imports': [
		'error',
		{
			// core/map/ (pure camera and view maths) is core, not the map ring: reached as
			// `…/core/map/…` from outside core, and as `../map/…` from a sibling folder inside it.
			patterns: forbidden.map((group) => ({
				group: [group, '!**/core/map/**', '!../map/**'],
				message,
				allowTypeImports: true
			}))
		}
	]
});

export default ts.config(
	{ ignores: ['dist/', 'dist-bench/', 'node_modules/', 'coverage/', 'bench/results.json'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs['flat/recommended'],
	prettier,
	...svelte.configs['flat/prettier'],
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'] }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		files: ['src/lib/core/**/*.ts'],
		rules: ring(
			[
				'svelte',
				'svelte/*',
				'maplibre-gl',
				'**/state/**',
				'**/map/**',
				'**/ui/**',
				'**/data/datasets*'
			],
			'core/ is pure: no Svelte, no MapLibre runtime, nothing from the outer rings.'
		)
	},
	{
		files: ['src/lib/state/**/*.ts'],
		rules: ring(
			['maplibre-gl', '**/map/**', '**/ui/**'],
			'state/ may import core/ and svelte only.'
		)
	},
	{
		files: ['src/lib/ui/**/*.svelte', 'src/lib/ui/**/*.ts'],
		rules: ring(['maplibre-gl'], 'ui/ reaches the map only through the MapController.')
	},
	{
		files: ['src/lib/data/**/*.ts'],
		rules: ring(['maplibre-gl', '**/map/**', '**/ui/**', 'svelte'], 'data/ is the I/O boundary.')
	}
);
