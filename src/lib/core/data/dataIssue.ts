/** One problem found in a data file, located by file, feature and field. */
export interface DataIssue {
	/** Basename of the data file, e.g. "events.geojson". */
	file: string;
	/** The feature's (or exercise's) id, "#<index>" when it has no usable id, "" for the file itself. */
	feature: string;
	/** Dotted path inside the feature, e.g. "properties.time" or "geometry.coordinates[0]". */
	field: string;
	message: string;
}

/** A problem inside one feature before the file and feature are known. */
export interface FieldIssue {
	field: string;
	message: string;
}
