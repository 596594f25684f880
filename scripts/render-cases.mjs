// The render-regression references: what each one draws and how it is captured. Shared by the
// test (tests/e2e/render.e2e.ts) and the script that regenerates the references
// (scripts/render-references.mjs), so both capture in exactly the same way.

/** The browser viewport the references are taken in (desktop layout, panel open). */
export const RENDER_VIEWPORT = { width: 1280, height: 800 };

/** The camera every reference shows (Taiwan and the strait), in MapLibre's hash order. */
const VIEW = { zoom: 6.2, lat: 23.8, lng: 120.6 };

/** The live fire under way (zones active) and the day of the announcement (zones announced). */
const LIVE_FIRE = '2025-12-30T02:00:00Z';
const ANNOUNCED = '2025-12-29T04:00:00Z';

/** The link the page is opened with: the fixed view and time, as a user's link gives them. */
export const RENDER_HASH = `#t=${LIVE_FIRE}&map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lng}`;

/** Where the references live, relative to the repository root. */
export const RENDER_DIR = 'tests/fixtures/render';

/** The size of the exported references: small, so the repository stays lean. */
const SIZE = { width: 640, height: 400 };

const NO_OVERLAYS = {
	title: '',
	timeStamp: false,
	legend: false,
	scaleBar: false,
	northArrow: false,
	permalink: false
};

/** Every overlay an export can draw except the permalink, whose text holds the server's port. */
const ALL_OVERLAYS = {
	title: 'Render reference',
	timeStamp: true,
	legend: true,
	scaleBar: true,
	northArrow: true,
	permalink: false
};

/**
 * One reference image: its file name (without .png), what it shows and how to capture it.
 * @typedef {{ name: string, shows: string, capture: (page: import('playwright-core').Page) => Promise<Buffer> }} RenderCase
 */

/** @type {RenderCase[]} */
export const RENDER_CASES = [
	{
		name: 'style',
		shows:
			'the map style alone during the live fire: basemap, active zones, lanes, lines, places, events',
		capture: (page) => snapshot(page, LIVE_FIRE, NO_OVERLAYS)
	},
	{
		name: 'overlays',
		shows:
			'title, time stamp, legend, scale bars, north arrow and attribution over the announced zones',
		capture: (page) => snapshot(page, ANNOUNCED, ALL_OVERLAYS)
	},
	{
		name: 'legend',
		shows: "the panel's legend",
		capture: captureLegend
	}
];

/**
 * The panel's legend, lifted to the page's top-left corner at a whole-pixel position and a fixed
 * width for the capture (in the panel its top falls on a fraction of a pixel that depends on
 * everything above it, which shifted its anti-aliasing run to run), then put back.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Buffer>}
 */
async function captureLegend(page) {
	const legend = page.locator('section.legend');
	const before = await legend.evaluate((el) => {
		const style = el.getAttribute('style');
		Object.assign(el.style, {
			position: 'fixed',
			top: '0px',
			left: '0px',
			width: '312px',
			margin: '0',
			zIndex: '1000',
			background: '#fff'
		});
		return style;
	});
	try {
		return await legend.screenshot({ animations: 'disabled' });
	} finally {
		await legend.evaluate((el, style) => {
			if (style === null) el.removeAttribute('style');
			else el.setAttribute('style', style);
		}, before);
	}
}

/**
 * Waits until the map has its data and has drawn everything it is loading (the same test as
 * waitForMapIdle in tests/e2e/util.ts, which this plain script cannot import).
 * @param {import('playwright-core').Page} page
 */
export async function waitForRender(page) {
	await page.waitForFunction(
		() => {
			const map = window.straitAtlas?.map;
			if (!map || document.querySelector('.map-status')) return false;
			const data = /** @type {{ features?: unknown[] }} */ (
				map.getSource('places')?.serialize().data
			);
			return (data?.features?.length ?? 0) > 0;
		},
		undefined,
		{ timeout: 45_000 }
	);
	await page.evaluate(
		() =>
			new Promise((resolve) => {
				const map = /** @type {import('maplibre-gl').Map} */ (window.straitAtlas?.map);
				const check = () => {
					if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve(undefined);
					else map.once('idle', check);
				};
				requestAnimationFrame(() => requestAnimationFrame(check));
			})
	);
}

/**
 * Puts the live map back on the references' camera (an earlier test may have moved it), waits
 * until it is drawn, then exports a PNG of the whole strait (a frame that does not depend on the
 * live camera) at `time` through window.straitAtlas.exportSnapshot.
 * @param {import('playwright-core').Page} page
 * @param {string} time
 * @param {typeof NO_OVERLAYS} overlays
 * @returns {Promise<Buffer>}
 */
async function snapshot(page, time, overlays) {
	await page.evaluate((view) => {
		window.straitAtlas?.map?.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom });
	}, VIEW);
	await waitForRender(page);
	const b64 = await page.evaluate(
		async (options) => {
			if (!window.straitAtlas) throw new Error('no window.straitAtlas');
			const blob = await window.straitAtlas.exportSnapshot(options);
			const bytes = new Uint8Array(await blob.arrayBuffer());
			let bin = '';
			for (let i = 0; i < bytes.length; i += 0x8000) {
				bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			}
			return btoa(bin);
		},
		{ ...SIZE, time, overlays, frame: /** @type {const} */ ('strait') }
	);
	return Buffer.from(b64, 'base64');
}
