/** Basenames of the data files in data/ that the app loads and the tests validate. */
export const DATA_FILES = [
	'baselines.geojson',
	'drill-zones.geojson',
	'events.geojson',
	'exercises.json',
	'places.geojson',
	'reference.geojson',
	'shipping-lanes.geojson'
] as const;

/** The daily MND figures of PLA activity: fetched after the map has drawn, checked by validateActivity. */
export const ACTIVITY_FILE = 'pla-activity.json';

/** Data files in data/ that the app fetches later, each with its own validator. */
export const LATER_DATA_FILES = [ACTIVITY_FILE] as const;

/** One of the data file basenames in DATA_FILES. */
export type DataFileName = (typeof DATA_FILES)[number];

/** True when the string is the basename of a known data file. */
export function isDataFileName(file: string): file is DataFileName {
	return (DATA_FILES as readonly string[]).includes(file);
}
