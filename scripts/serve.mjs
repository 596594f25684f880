// Serves the production build on 127.0.0.1 for scripts (screenshots, benchmark).
import { preview } from 'vite';

/**
 * Starts `vite preview` on a free port and returns its URL and a close function.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveBuild() {
	const server = await preview({
		logLevel: 'warn',
		preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }
	});
	const url = server.resolvedUrls?.local[0];
	if (!url) throw new Error('vite preview did not report a local URL');
	return { url, close: () => server.close() };
}
