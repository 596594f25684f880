// The benchmark's floor: the same MapLibre build and basemap as the app, with no data layers,
// no UI and no data loading. Built only by `npm run bench` (vite --mode bench), never shipped.
import '../src/lib/map/worker';
import { Map as MlMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { INITIAL_BOUNDS, viewPadding } from '../src/lib/core/map/view';
import { basemapLayers } from '../src/lib/core/style/layers';
import { buildStyle } from '../src/lib/core/style/buildStyle';
import { DEFAULT_TIME } from '../src/lib/core/time/storyTime';
import { styleInputs } from '../src/lib/data/assetUrls';

const style = buildStyle(styleInputs(DEFAULT_TIME));
style.layers = basemapLayers();
const map = new MlMap({
	container: 'map',
	style,
	bounds: INITIAL_BOUNDS,
	fitBoundsOptions: { padding: viewPadding(window.innerWidth) }
});
(window as unknown as { bareMap: MlMap }).bareMap = map;
