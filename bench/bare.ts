// The benchmark's floor: the same MapLibre build and basemap as the app, with no data layers,
// no UI and no data loading. Built only by `npm run bench` (vite --mode bench), never shipped.
import '../src/lib/map/worker';
import { registerGlyphProtocol } from '../src/lib/map/glyphProtocol';
import { Map as MlMap, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { INITIAL_BOUNDS, viewPadding } from '../src/lib/core/map/view';
import { basemapStyle } from '../src/lib/core/style/basemapStyle';
import { DEFAULT_TIME } from '../src/lib/core/time/storyTime';
import { glyphBase, styleInputs } from '../src/lib/data/assetUrls';

// The app's style reads its glyphs through the app's protocol (the export floor draws labels).
registerGlyphProtocol(glyphBase());

// The basemap style the app's map starts on (startMap), before its data is added.
const style = basemapStyle(styleInputs(DEFAULT_TIME));
const map = new MlMap({
	container: 'map',
	style,
	bounds: INITIAL_BOUNDS,
	fitBoundsOptions: { padding: viewPadding(window.innerWidth) }
});
(window as unknown as { bareMap: MlMap }).bareMap = map;

/** What the benchmark passes to `bareExport`: the app's style and camera, and the canvas wanted. */
interface BareExport {
	style: StyleSpecification;
	center: [number, number];
	zoom: number;
	globalState: Record<string, unknown>;
	cssWidth: number;
	cssHeight: number;
	pixelRatio: number;
}

/**
 * The export floor: a plain MapLibre map of the given style and view in a hidden container,
 * saved as a PNG, with nothing else (no overlays, no copy of another map). It loads at pixel
 * ratio 1 and is drawn once at the export's ratio when complete: the cheapest plain way, since
 * drawing every partial frame at 4K costs several times more. Resolves to the PNG.
 */
async function bareExport(o: BareExport): Promise<Blob> {
	const container = document.createElement('div');
	Object.assign(container.style, {
		position: 'fixed',
		left: `${-o.cssWidth - 1000}px`,
		top: '0px',
		width: `${o.cssWidth}px`,
		height: `${o.cssHeight}px`,
		visibility: 'hidden'
	});
	document.body.append(container);
	const off = new MlMap({
		container,
		style: o.style,
		center: o.center,
		zoom: o.zoom,
		pixelRatio: 1,
		maxCanvasSize: [8192, 8192],
		canvasContextAttributes: { antialias: false, preserveDrawingBuffer: true },
		globalState: o.globalState,
		interactive: false,
		attributionControl: false,
		fadeDuration: 0,
		validateStyle: false
	});
	try {
		await new Promise<void>((resolve) => off.once('idle', () => resolve()));
		off.setPixelRatio(o.pixelRatio);
		off.triggerRepaint();
		await new Promise<void>((resolve) => off.once('idle', () => resolve()));
		return await new Promise<Blob>((resolve, reject) =>
			off.getCanvas().toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png')
		);
	} finally {
		off.remove();
		container.remove();
	}
}
(window as unknown as { bareExport: typeof bareExport }).bareExport = bareExport;
