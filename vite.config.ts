/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** Vite builds the app; Vitest runs two projects: `unit` (Node) and `e2e` (real Chromium). */
export default defineConfig({
	plugins: [svelte({ configFile: false })],
	base: './',
	build: {
		target: 'es2022',
		chunkSizeWarningLimit: 1200
	},
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.e2e.ts'],
					globalSetup: ['tests/e2e/globalSetup.ts'],
					testTimeout: 60_000,
					hookTimeout: 90_000,
					fileParallelism: false,
					maxWorkers: 1
				}
			}
		]
	}
});
