import type { MessageKey } from '../i18n/messages/en';

/** What went wrong with the map: it could not start, could not add its data, or failed later. */
export interface MapError {
	kind: 'start' | 'draw' | 'runtime';
	/** MapLibre's or the browser's own words (English), shown below the translated message. */
	detail: string;
}

const KEYS: Record<MapError['kind'], MessageKey> = {
	start: 'mapStartFailed',
	draw: 'mapDrawFailed',
	runtime: 'mapFailed'
};

/** The catalogue message that says a map error in the interface's language. */
export function mapErrorKey(error: MapError): MessageKey {
	return KEYS[error.kind];
}
