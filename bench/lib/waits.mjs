// Waits, run in the page, shared by the benchmark's measurements.

/**
 * Waits in the page until the app's map has its data and is idle; resolves to ms since navigation.
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
					const done = () => resolve(performance.now());
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
