import { Map as MlMap } from 'maplibre-gl';
import type { Padding } from '../core/map/view';
import type { StyleInputs } from '../core/style/buildStyle';
import { basemapStyle } from '../core/style/basemapStyle';
import { drawWhenComplete } from './drawWhenComplete';
import { holdDrawing, type DrawingHold } from './holdDrawing';
import { mapOptions } from './mapOptions';

/** The context key under which main.ts hands the map it started to the app. */
export const STARTED_MAP = Symbol('started map');

/** The longest the map holds its drawing for missing tiles before it draws what it has. */
const FIRST_DRAW_WAIT_MS = 5000;

/** A map started on the basemap alone, before the page around it exists. */
export interface StartedMap {
	map: MlMap;
	/** The element the map draws in: moved into the page once the page is built. */
	host: HTMLElement;
	/** Holds a time step's drawing until its tiles are back (see holdDrawing). */
	hold: DrawingHold;
	/** Whether it opened on the opening bounds (to fit again once the page is measured). */
	fitted: boolean;
	/** Settles when the map's first style (the basemap) has loaded. */
	styleLoaded: Promise<void>;
	/** Lets the map draw its first frame once it has every tile: call when the data is added. */
	release(): void;
	/** Settles as the first frame is drawn and the canvas shown. */
	shown: Promise<void>;
}

/** Where the map starts looking: the opening bounds, or a link's camera. */
export type StartView =
	| { bounds: [[number, number], [number, number]]; padding: Padding }
	| { center: [number, number]; zoom: number };

/**
 * Creates the map on the basemap alone, in an element of its own covering the page, as soon as
 * the app's scripts run: MapLibre's worker lays out the basemap while the main thread loads and
 * validates the data and builds the page, and the data sources are added once, with their data,
 * when they are in (MapController). Its canvas stays hidden and it draws nothing until it has
 * been released and has every tile (drawWhenComplete). Throws when the map cannot start (no WebGL).
 */
export function startMap(
	inputs: StyleInputs,
	view: StartView,
	host: HTMLElement = coveringHost()
): StartedMap {
	const camera =
		'bounds' in view
			? { bounds: view.bounds, fitBoundsOptions: { padding: view.padding } }
			: { center: view.center, zoom: view.zoom };
	const map = new MlMap({
		container: host,
		...mapOptions(basemapStyle(inputs), { ...camera, dragRotate: false, pitchWithRotate: false })
	});
	const canvas = map.getCanvas();
	canvas.style.visibility = 'hidden';
	const hold = holdDrawing(map);
	let released = false;
	let show!: () => void;
	const shown = new Promise<void>((resolve) => (show = resolve));
	drawWhenComplete(
		map,
		FIRST_DRAW_WAIT_MS,
		() => {
			canvas.style.visibility = '';
			show();
		},
		() => released
	);
	const styleLoaded = new Promise<void>((resolve) => {
		if (map.isStyleLoaded()) resolve();
		else map.once('style.load', () => resolve());
	});
	return {
		map,
		host,
		hold,
		fitted: 'bounds' in view,
		styleLoaded,
		release: () => (released = true),
		shown
	};
}

/** An element covering the page for the map until the page's own map element exists. */
function coveringHost(): HTMLElement {
	const host = document.createElement('div');
	host.className = 'map-host';
	document.body.append(host);
	return host;
}
