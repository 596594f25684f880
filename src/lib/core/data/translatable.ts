// Apart from the schema, so that localising the data (at startup, in every language) does not
// load the translation file's schema, which only checks a file as it loads.

/**
 * The fields of each data file that carry display text and can be translated, by file. A
 * correction's text is addressed as "correction.text".
 */
export const TRANSLATABLE = {
	'events.geojson': ['name', 'summary', 'precision_note', 'correction.text'],
	'places.geojson': ['name', 'precision_note'],
	'drill-zones.geojson': ['name', 'exercise_name', 'label', 'impacts', 'note', 'precision_note'],
	'reference.geojson': ['name', 'precision_note'],
	'exercises.json': ['name', 'summary', 'fires']
} as const;

/** A data file whose display text can be translated. */
export type TranslatableFile = keyof typeof TRANSLATABLE;

/** A translatable field of a file, e.g. "summary" or "correction.text". */
export type TranslatableField = (typeof TRANSLATABLE)[TranslatableFile][number];
