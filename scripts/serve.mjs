// Serves the production build on 127.0.0.1 for scripts (screenshots, benchmark).
import { preview } from 'vite';

/**
 * Starts `vite preview` of a build folder on a free port and returns its URL and a close function.
 * @param {string} [outDir] the build to serve (default dist/)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveBuild(outDir = 'dist') {
	const server = await preview({
		logLevel: 'warn',
		build: { outDir },
		preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }
	});
	const url = server.resolvedUrls?.local[0];
	if (!url) throw new Error('vite preview did not report a local URL');
	return { url, close: () => server.close() };
}
