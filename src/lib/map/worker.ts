// MapLibre 6 runs its worker as a module file of its own; without setWorkerUrl the built app
// never loads its sources. https://maplibre.org/maplibre-gl-js/docs/API/functions/setWorkerUrl/
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
