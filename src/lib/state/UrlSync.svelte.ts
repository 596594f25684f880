import { isViewHash, parseUrlState } from '../core/url/urlState';
import type { AppState } from './AppState.svelte';

/** The parts of `window` the URL sync uses, so tests can hand it a fake. */
export interface UrlHost {
	location: { hash: string; pathname: string; search: string };
	history: {
		replaceState(data: unknown, unused: string, url: string): void;
		pushState(data: unknown, unused: string, url: string): void;
	};
	addEventListener(type: 'hashchange' | 'popstate', fn: () => void): void;
	removeEventListener(type: 'hashchange' | 'popstate', fn: () => void): void;
	setTimeout(fn: () => void, ms: number): number;
	clearTimeout(id: number): void;
}

/** How long continuous changes (a scrub, a pan) wait before the address bar follows. */
export const URL_DEBOUNCE_MS = 250;

/**
 * Keeps the URL and app state in step, both ways. The hash is read on start, on `hashchange`
 * (an edited address bar, an in-page link) and on `popstate` (Back and Forward); state changes
 * are written back with `replaceState`, debounced, except a person's choice of an event, which
 * pushes a history entry at once so Back returns to the previous event and its time.
 */
export class UrlSync {
	#app: AppState;
	#host: UrlHost;
	#timer: number | null = null;
	/** The hash a popstate just applied, until the hashchange of the same navigation or a new URL. */
	#popped: string | null = null;

	constructor(app: AppState, host: UrlHost) {
		this.#app = app;
		this.#host = host;
	}

	/** Reads the opening link into state and starts syncing; returns the teardown. */
	start(): () => void {
		this.#read(true);
		// Following a fragment link (an in-page link, an edited address bar) fires popstate and
		// then hashchange for one navigation: the link is applied once, or the second pass would
		// undo what the first one started (a story step showing its event).
		const onPop = () => {
			this.#read(false);
			this.#popped = this.#host.location.hash;
		};
		const onHash = () => {
			const popped = this.#popped;
			this.#popped = null;
			if (popped !== this.#host.location.hash) this.#read(false);
		};
		this.#host.addEventListener('hashchange', onHash);
		this.#host.addEventListener('popstate', onPop);
		const stopEffect = $effect.root(() => {
			$effect(() => this.write(this.#app.urlHash));
		});
		return () => {
			this.#host.removeEventListener('hashchange', onHash);
			this.#host.removeEventListener('popstate', onPop);
			this.#cancel();
			stopEffect();
		};
	}

	#read(initial: boolean): void {
		const hash = this.#host.location.hash;
		// A skip link's `#map` moves focus, not the view.
		if (!isViewHash(hash)) return;
		this.#cancel();
		this.#app.applyLink(parseUrlState(hash), hash, initial);
	}

	/**
	 * Writes state's hash to the address bar: pushed at once after a person's choice of an event,
	 * else replaced after URL_DEBOUNCE_MS (a later write cancels an earlier one). The effect in
	 * start() calls it whenever the hash changes.
	 */
	write(hash: string): void {
		const url = hash || this.#host.location.pathname + this.#host.location.search;
		if (this.#app.takePush()) {
			this.#cancel();
			if (hash !== this.#host.location.hash) {
				this.#popped = null;
				this.#host.history.pushState(null, '', url);
			}
			return;
		}
		this.#cancel();
		this.#timer = this.#host.setTimeout(() => {
			this.#timer = null;
			if (hash !== this.#host.location.hash) {
				this.#popped = null;
				this.#host.history.replaceState(null, '', url);
			}
		}, URL_DEBOUNCE_MS);
	}

	#cancel(): void {
		if (this.#timer !== null) this.#host.clearTimeout(this.#timer);
		this.#timer = null;
	}
}
