import { Popup, type LngLatLike, type Map as MlMap, type PositionAnchor } from 'maplibre-gl';

/**
 * Holds the one open popup: opening another replaces it, and `onclose` fires only when the user
 * closes it (not when it is replaced or closed by code).
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Popup/
 */
export class PopupHolder {
	#popup: Popup | null = null;

	/**
	 * Opens a popup at `lngLat` holding `content` (built with textContent, never HTML), on the
	 * given side of its point.
	 */
	open(
		map: MlMap,
		lngLat: LngLatLike,
		content: HTMLElement,
		anchor: PositionAnchor,
		onclose?: () => void
	): void {
		// Forget the old popup before removing it, so its close handler does not fire onclose.
		this.close();
		const popup = new Popup({
			maxWidth: '260px',
			focusAfterOpen: false,
			className: 'atlas-popup',
			anchor,
			offset: 10
		})
			.setLngLat(lngLat)
			.setDOMContent(content)
			.addTo(map);
		popup.on('close', () => {
			if (this.#popup !== popup) return;
			this.#popup = null;
			onclose?.();
		});
		this.#popup = popup;
	}

	/** Closes the popup, if one is open, without calling its onclose. */
	close(): void {
		const popup = this.#popup;
		this.#popup = null;
		popup?.remove();
	}
}
