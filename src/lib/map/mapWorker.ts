// MapLibre's worker, with the app's basemap protocol registered in it: the land and coastline
// topology is fetched and decoded where their tiles are laid out, off the main thread.
// https://maplibre.org/maplibre-gl-js/docs/API/functions/importScriptInWorkers/ (self.addProtocol)
import 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import type { AddProtocolAction } from 'maplibre-gl';
import { BASEMAP_PROTOCOL } from '../core/style/basemapTopology';
import { basemapLoader } from './basemapProtocol';

(self as unknown as { addProtocol(name: string, load: AddProtocolAction): void }).addProtocol(
	BASEMAP_PROTOCOL,
	basemapLoader()
);
