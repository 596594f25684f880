// Waits, run in the page, shared by the benchmark's measurements.

/**
 * Waits in the page until the app's map has its data and is idle; resolves to ms since navigation
 * of its first `idle`, which the app marks (`strait-atlas:map-idle`, MapController): the page
 * hands scripts the map only after that frame, so polling for it would add up to a frame and
 * the app's after-first-frame work to the figure, which the bare page's `idle` does not have.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>}
 */
export function appIdle(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const poll = () => {
					const map = window.straitAtlas?.map;
					const data = map?.getSource('places')?.serialize().data;
					if (!map || !data?.features?.length || document.querySelector('.map-status')) {
						requestAnimationFrame(poll);
						return;
					}
					const done = () =>
						resolve(
							performance.getEntriesByName('strait-atlas:map-idle')[0]?.startTime ??
								performance.now()
						);
					if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) done();
					else map.once('idle', done);
				};
				poll();
			})
	);
}

/**
 * Waits until the bare page's map is idle; resolves to ms since navigation.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>}
 */
export function bareIdle(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const poll = () => {
					const map = window.bareMap;
					if (!map) return requestAnimationFrame(poll);
					const done = () => resolve(performance.now());
					if (map.loaded() && map.areTilesLoaded()) done();
					else map.once('idle', done);
				};
				poll();
			})
	);
}

/**
 * Waits until the app has finished what it loads after its first frame (the analysis, the
 * panel below the fold, the imports code, MND's figures): no new resource for `quietMs`, at
 * most `maxMs`. A heap measured before that counts those one-off loads as growth.
 * @param {import('playwright-core').Page} page
 */
export function settled(page, quietMs = 1000, maxMs = 15000) {
	return page.evaluate(
		async ({ quietMs, maxMs }) => {
			await window.straitAtlas?.analysis?.catch(() => {});
			const start = performance.now();
			let count = performance.getEntriesByType('resource').length;
			let quietSince = performance.now();
			while (performance.now() - quietSince < quietMs && performance.now() - start < maxMs) {
				await new Promise((r) => setTimeout(r, 100));
				const now = performance.getEntriesByType('resource').length;
				if (now !== count) [count, quietSince] = [now, performance.now()];
			}
		},
		{ quietMs, maxMs }
	);
}

/**
 * In the page (pass it to `page.evaluate`, or install its source): waits until the GPU process
 * has drawn everything the app's map queued. `gl.finish()` returns before the compositor has
 * drawn the last frames (0 ms, with a million points' frame still to draw), and Chromium lets a
 * frame or two through before it waits on that work; so the queue is empty once four frames in
 * a row come at the display's pace (under 40 ms apart; 60 Hz is 17 ms).
 */
export function drainGpuInPage() {
	const gl = window.straitAtlas.map.getCanvas().getContext('webgl2');
	gl?.finish();
	const frame = () => new Promise((r) => requestAnimationFrame(r));
	return (async () => {
		let last = await frame();
		for (let k = 0, quiet = 0; k < 200 && quiet < 4; k++) {
			const now = await frame();
			quiet = now - last < 40 ? quiet + 1 : 0;
			last = now;
		}
	})();
}
