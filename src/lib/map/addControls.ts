import {
	AttributionControl,
	NavigationControl,
	ScaleControl,
	type Map as MlMap
} from 'maplibre-gl';

/**
 * Adds the map's controls: zoom buttons, scale bars in km and nautical miles, and the
 * attribution (an "i" button on narrow screens, folded at first so it does not cover the map);
 * labels the canvas for screen readers. https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#addcontrol
 */
export function addControls(map: MlMap): void {
	map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
	map.addControl(new ScaleControl({ unit: 'nautical', maxWidth: 120 }), 'bottom-right');
	map.addControl(new AttributionControl(), 'bottom-right');
	map
		.getContainer()
		.querySelector('.maplibregl-compact-show')
		?.classList.remove('maplibregl-compact-show');
	map
		.getCanvas()
		.setAttribute(
			'aria-label',
			'Map of the Taiwan Strait. Use arrow keys to pan, + and - to zoom.'
		);
}
