import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/** Serves the production build (dist/, built by `npm run test:e2e`) on 127.0.0.1 for the e2e tests. */
export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) {
		throw new Error('No production build in dist/. Run `npm run test:e2e` (it builds first).');
	}
	const server = await serveBuild();
	project.provide('baseURL', server.url);
	return server.close;
}
