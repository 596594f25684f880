import { parseUrlState, serializeUrlState } from '../url/urlState';

/**
 * The link to a view at another time: `href` with its hash's `t` set to `t` (whole seconds) and
 * every other part of the view kept.
 * @example permalinkAt('https://x.org/#map=6/23/121', Date.UTC(2025, 11, 30)) // "https://x.org/#t=2025-12-30T00:00:00Z&map=6/23/121"
 */
export function permalinkAt(href: string, t: number): string {
	const hashAt = href.indexOf('#');
	const base = hashAt === -1 ? href : href.slice(0, hashAt);
	const state = parseUrlState(hashAt === -1 ? '' : href.slice(hashAt));
	return base + serializeUrlState({ ...state, t: Math.floor(t / 1000) * 1000 });
}
