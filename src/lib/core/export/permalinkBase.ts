/**
 * The address an export's permalink starts from: the public base URL set at build time (Vite's
 * `VITE_PUBLIC_URL`) with the page's hash, else the page's own address. A local run (served from
 * 127.0.0.1) then still prints the published address. A base that is not an http(s) URL is
 * ignored.
 * @example permalinkBase('http://127.0.0.1:4173/#t=2025-12-30T00:00:00Z', 'https://atlas.example.org/') // "https://atlas.example.org/#t=2025-12-30T00:00:00Z"
 */
export function permalinkBase(pageHref: string, publicUrl?: string | null): string {
	const hashAt = pageHref.indexOf('#');
	const hash = hashAt === -1 ? '' : pageHref.slice(hashAt);
	const base = publicUrl?.trim();
	if (base) {
		try {
			const url = new URL(base);
			if (url.protocol === 'https:' || url.protocol === 'http:') {
				url.hash = '';
				return url.href + hash;
			}
		} catch {
			// Not a URL: fall back to the page's address.
		}
	}
	return pageHref;
}
