import { afterEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { AppState } from '../../../src/lib/state/AppState.svelte';
import { URL_DEBOUNCE_MS, UrlSync, type UrlHost } from '../../../src/lib/state/UrlSync.svelte';

const T0 = Date.UTC(2025, 11, 1);
const DAY = 86_400_000;
const ev = (id: string, ts: number) => ({
	type: 'Feature' as const,
	properties: { id, ts, name: id, category: 'military', time: '', time_precision: 'day' },
	geometry: { type: 'Point' as const, coordinates: [121, 24] }
});
const story: FeatureCollection = {
	type: 'FeatureCollection',
	features: [ev('a', T0), ev('b', T0 + 5 * DAY), ev('c', T0 + 9 * DAY)]
};

/** A window stand-in: a hash, a history log, listeners and hand-run timers. */
function fakeHost(hash = '') {
	const listeners = new Map<string, () => void>();
	const timers = new Map<number, () => void>();
	let id = 0;
	const log: string[] = [];
	const host: UrlHost & { log: string[]; fire(type: string): void; runTimers(): void } = {
		location: { hash, pathname: '/', search: '' },
		history: {
			replaceState: (_d, _u, url) => {
				log.push(`replace ${url}`);
				host.location.hash = url.startsWith('#') ? url : '';
			},
			pushState: (_d, _u, url) => {
				log.push(`push ${url}`);
				host.location.hash = url.startsWith('#') ? url : '';
			}
		},
		addEventListener: (type, fn) => listeners.set(type, fn),
		removeEventListener: (type) => listeners.delete(type),
		setTimeout: (fn, ms) => {
			expect(ms).toBe(URL_DEBOUNCE_MS);
			timers.set(++id, fn);
			return id;
		},
		clearTimeout: (t) => timers.delete(t),
		log,
		fire: (type) => listeners.get(type)?.(),
		runTimers: () => {
			const fns = [...timers.values()];
			timers.clear();
			for (const fn of fns) fn();
		}
	};
	return host;
}

let stop: (() => void) | null = null;
afterEach(() => {
	stop?.();
	stop = null;
});

/**
 * An app with the story loaded, synced to a fake window opened at `hash`. Node runs Svelte's
 * server build, where effects do not run, so `write()` stands in for the effect that calls it.
 */
function synced(hash = '') {
	const app = new AppState();
	const host = fakeHost(hash);
	const sync = new UrlSync(app, host);
	stop = sync.start();
	app.receive({ collections: { events: story }, exercises: null, issues: [] });
	const write = () => sync.write(app.urlHash);
	write();
	host.runTimers();
	host.log.length = 0;
	return { app, host, write };
}

describe('UrlSync', () => {
	it('start() reads the opening link into state', () => {
		const { app } = synced('#t=2025-12-03T00:00:00Z&compare=1');
		expect(app.timeline.t).toBe(T0 + 2 * DAY);
		expect(app.compare).toBe(true);
	});

	it('start() follows a hashchange: an edited address bar or an in-page link', () => {
		const { app, host } = synced();
		host.location.hash = '#t=2025-12-04T00:00:00Z';
		host.fire('hashchange');
		expect(app.timeline.t).toBe(T0 + 3 * DAY);
	});

	it("start() follows popstate (Back and Forward) to the entry's event and time", () => {
		const { app, host } = synced();
		host.location.hash = '#event=c';
		host.fire('popstate');
		expect(app.selectedEvent).toBe('c');
		expect(app.timeline.t).toBe(T0 + 9 * DAY);
	});

	it('start() applies a fragment link once though it fires popstate and then hashchange', () => {
		const { app, host } = synced();
		host.location.hash = '#t=2025-12-04T00:00:00Z';
		host.fire('popstate');
		expect(app.timeline.t).toBe(T0 + 3 * DAY);
		// What the first pass started (here a new time) must not be undone by the second.
		app.timeline.setTime(T0 + 6 * DAY);
		host.fire('hashchange');
		expect(app.timeline.t).toBe(T0 + 6 * DAY);
	});

	it('start() follows a later hashchange to the hash a popstate applied, after a write', () => {
		const { app, host, write } = synced();
		host.location.hash = '#t=2025-12-04T00:00:00Z';
		host.fire('popstate');
		app.timeline.setTime(T0 + 6 * DAY);
		write();
		host.runTimers();
		host.location.hash = '#t=2025-12-04T00:00:00Z';
		host.fire('hashchange');
		expect(app.timeline.t).toBe(T0 + 3 * DAY);
	});

	it('start() writes continuous changes with replaceState, once, after the debounce', () => {
		const { app, host, write } = synced();
		app.timeline.setTime(T0 + DAY);
		write();
		app.timeline.setTime(T0 + 2 * DAY);
		write();
		expect(host.log).toEqual([]);
		host.runTimers();
		expect(host.log).toEqual([expect.stringMatching(/^replace #t=2025-12-03T00:00:00Z/)]);
	});

	it('start() pushes a history entry at once when a person chooses an event', () => {
		const { app, host, write } = synced();
		app.chooseEvent('b', { push: true });
		write();
		expect(host.log).toEqual([expect.stringMatching(/^push .*event=b/)]);
	});

	it('start() keeps the state for a malformed field of a new link and names the field', () => {
		const { app, host } = synced('#t=2025-12-03T00:00:00Z');
		host.location.hash = '#t=garbage';
		host.fire('hashchange');
		expect(app.timeline.t).toBe(T0 + 2 * DAY);
		expect(app.linkIssues.map((i) => i.field)).toEqual(['t']);
	});
});
