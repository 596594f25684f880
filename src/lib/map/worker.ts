// MapLibre 6 runs its worker as a module file of its own; without setWorkerUrl the built app
// never loads its sources. https://maplibre.org/maplibre-gl-js/docs/API/functions/setWorkerUrl/
// The file is MapLibre's worker with the app's basemap protocol in it (mapWorker.ts).
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from './mapWorker?worker&url';

setWorkerUrl(workerUrl);
