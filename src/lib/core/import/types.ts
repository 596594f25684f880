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

/** Where a row error is: a CSV row (the header is row 1), a line, a feature, a KML placemark, or the whole file. */
export type RowErrorPlace =
	{ kind: 'row' | 'line' | 'feature' | 'placemark'; n: number } | { kind: 'file' };

/** A code with no values to quote. */
type NoParams = Record<string, never>;

/**
 * Every row error code with the values it quotes. Values from the user's file are plain strings
 * (shown as text, never HTML); numbers are positions and limits, written without grouping. Each
 * code has a message in the catalogue (core/import/formatRowError gives its key).
 */
export interface RowErrorParams {
	/** Words that are no code: an old project file's message, or an unexpected failure. */
	text: { text: string };
	empty: NoParams;
	notDecimalDegrees: { value: string };
	notBetween: { value: string; limit: number };
	timeTooLarge: { value: string };
	notTime: { value: string };
	notCalendarDate: { value: string };
	notTimeOfDay: { value: string };
	endsBeforeStart: NoParams;
	quoteUnclosed: NoParams;
	quoteMalformed: NoParams;
	noFeaturesArray: NoParams;
	notGeoJson: NoParams;
	notFeature: NoParams;
	noGeometry: NoParams;
	noCoordinates: NoParams;
	lineTooShort: NoParams;
	ringTooShort: NoParams;
	ringNotClosed: NoParams;
	positionSize: { count: number };
	positionNotNumber: NoParams;
	/** check-geojson's own (English) reason for a shape it refuses, passed through. */
	invalidGeometry: { detail: string };
	/** A JSON syntax error located by check-geojson's parser, whose words are passed through. */
	jsonSyntax: { detail: string; column: number };
	jsonInvalid: NoParams;
	/** The browser's JSON.parse message, passed through. */
	jsonInvalidDetail: { detail: string };
	/** The XML parser's message, passed through. */
	xmlSyntax: { detail: string };
	xmlMalformed: NoParams;
	wrongRoot: { format: string; root: string };
	fileEmpty: NoParams;
	noRows: NoParams;
	noLatColumn: NoParams;
	noLonColumn: NoParams;
	noLatLonColumns: NoParams;
	noFeatures: NoParams;
	chooseLatLon: NoParams;
	unknownEncoding: { encoding: string };
	notUtf8: { line: number; byte: number };
	unknownFormat: NoParams;
	nothingImported: NoParams;
}

/** One kind of row error, e.g. 'notBetween'. */
export type RowErrorCode = keyof RowErrorParams;

const CODES: Record<RowErrorCode, true> = {
	text: true,
	empty: true,
	notDecimalDegrees: true,
	notBetween: true,
	timeTooLarge: true,
	notTime: true,
	notCalendarDate: true,
	notTimeOfDay: true,
	endsBeforeStart: true,
	quoteUnclosed: true,
	quoteMalformed: true,
	noFeaturesArray: true,
	notGeoJson: true,
	notFeature: true,
	noGeometry: true,
	noCoordinates: true,
	lineTooShort: true,
	ringTooShort: true,
	ringNotClosed: true,
	positionSize: true,
	positionNotNumber: true,
	invalidGeometry: true,
	jsonSyntax: true,
	jsonInvalid: true,
	jsonInvalidDetail: true,
	xmlSyntax: true,
	xmlMalformed: true,
	wrongRoot: true,
	fileEmpty: true,
	noRows: true,
	noLatColumn: true,
	noLonColumn: true,
	noLatLonColumns: true,
	noFeatures: true,
	chooseLatLon: true,
	unknownEncoding: true,
	notUtf8: true,
	unknownFormat: true,
	nothingImported: true
};

/** Every row error code, for checking a project file. */
export const ROW_ERROR_CODES = Object.keys(CODES) as RowErrorCode[];

/** What is wrong, without where: a code and the values its message quotes. */
export type RowErrorReason = {
	[C in RowErrorCode]: { code: C; params: RowErrorParams[C] };
}[RowErrorCode];

/**
 * One problem with one row, line or feature of an imported file, as data in no language:
 * core/import/formatRowError writes it in the active one.
 * @example { where: { kind: 'row', n: 7 }, column: 'lat', code: 'notBetween', params: { value: '200', limit: 90 } }
 */
export type RowError = RowErrorReason & {
	where: RowErrorPlace;
	/** The column or property at fault, when there is one. */
	column?: string;
	/** The coordinate at fault in a feature's geometry (GeoJSON, KML, GPX), when there is one. */
	axis?: 'lat' | 'lon';
};

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
