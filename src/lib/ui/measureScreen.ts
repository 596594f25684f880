import type { AppState } from '../state/AppState.svelte';

/**
 * An attachment for the app's root: keeps app state's picture of the screen (the map's size and
 * the panel, time bar and map buttons covering it) up to date, so camera moves and popups keep
 * clear of them. `selectors` name the covering elements.
 */
export function measureScreen(app: AppState, mapSelector: string, selectors: readonly string[]) {
	return (root: HTMLElement) => {
		const measure = () => {
			const map = root.querySelector<HTMLElement>(mapSelector);
			if (!map) return;
			const m = map.getBoundingClientRect();
			const obstacles = selectors.flatMap((s) =>
				[...root.querySelectorAll<HTMLElement>(s)].map((el) => {
					const r = el.getBoundingClientRect();
					return { left: r.left - m.left, top: r.top - m.top, width: r.width, height: r.height };
				})
			);
			app.screen = { width: m.width, height: m.height, obstacles };
		};
		const observer = new ResizeObserver(measure);
		observer.observe(root);
		for (const s of [mapSelector, ...selectors]) {
			for (const el of root.querySelectorAll(s)) observer.observe(el);
		}
		measure();
		return () => observer.disconnect();
	};
}
