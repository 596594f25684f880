import type { Feature } from 'geojson';

/** The file formats the importer reads. */
export type ImportFormat = 'csv' | 'tsv' | 'geojson' | 'ndjson' | 'kml' | 'gpx';

/** The roles a column can play; `null` means "not in this file". */
export interface ColumnMapping {
	lat: string | null;
	lon: string | null;
	time: string | null;
	end: string | null;
	category: string | null;
	name: string | null;
}

/** The roles of ColumnMapping, in the order the preview lists them. */
export const COLUMN_ROLES = ['lat', 'lon', 'time', 'end', 'category', 'name'] as const;

/** One role of ColumnMapping. */
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** One problem with one row, line or feature of an imported file. */
export interface RowError {
	/** Where it is: "row 7", "line 3", "feature 12" or "file". */
	where: string;
	/** The column or property at fault, when there is one. */
	column?: string;
	/** What is wrong, in words a person can act on. */
	message: string;
}

/**
 * Imported points in columnar form: one entry per point in each array, sorted by start time
 * (untimed points last). Times are epoch milliseconds; NaN means none (an untimed point, or an
 * instant when `end` is NaN).
 */
export interface ColumnarPoints {
	count: number;
	lon: Float64Array;
	lat: Float64Array;
	start: Float64Array;
	end: Float64Array;
	/** Index into `categories`, or -1 when the point has none. */
	category: Int32Array;
	categories: string[];
	/** The name column, when mapped ('' when a row has none). */
	names: string[] | null;
	/** The other columns, column-major: `values[c][i]` is column `columns[c]` of point i. */
	properties: { columns: string[]; values: string[][] };
}

/** Everything one import produced. */
export interface ImportResult {
	format: ImportFormat;
	points: ColumnarPoints;
	/** Lines and polygons (GeoJSON, KML, GPX), with `start_ts`/`end_ts` when they carry times. */
	shapes: Feature[];
	/** The first errors (at most MAX_KEPT_ERRORS) and how many there were in all. */
	errors: RowError[];
	errorCount: number;
	/** Rows, lines or features read, good and bad. */
	total: number;
}

/** How many row errors are kept and listed; the rest are only counted. */
export const MAX_KEPT_ERRORS = 50;

/** The time zone naive times are read in unless the user picks another. */
export const DEFAULT_TIME_ZONE = 'Asia/Taipei';
