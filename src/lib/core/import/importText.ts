import type { Feature } from 'geojson';
import { cellText } from './PointsBuilder';
import { detectColumns } from './detectColumns';
import { csvHead, readCsvText } from './fromCsv';
import { readGeoJsonText, readNdjsonText, type GeoJsonReader } from './fromGeoJson';
import { propertyKeys, readXmlText, type XmlParser } from './fromXml';
import type { CsvReader } from './fromCsv';
import {
	DEFAULT_TIME_ZONE,
	type ColumnMapping,
	type ImportFormat,
	type ImportResult,
	type RowError,
	type RowErrorReason
} from './types';

/** What the preview shows before an import: the columns, the guessed mapping, a few rows. */
export interface ImportPreview {
	format: ImportFormat;
	columns: string[];
	mapping: ColumnMapping;
	rows: Record<string, string>[];
	/** Set when the file cannot be read at all (bad JSON, malformed XML, no rows). */
	error: RowError | null;
}

/** How to import a text: its format, the column mapping and the zone of naive times. */
export interface ImportOptions {
	format: ImportFormat;
	/** Guessed from the headers or properties when left out. */
	mapping?: ColumnMapping;
	timeZone?: string;
	/** Needed for KML and GPX (see XmlParser). */
	parseXml?: XmlParser;
}

const NO_POSITION = { lat: null, lon: null } as const;

/** An error about the whole file. */
const fileError = (reason: RowErrorReason): RowError => ({ where: { kind: 'file' }, ...reason });

/** Asks for the latitude or longitude column when the headers named neither, else null. */
function noPosition(mapping: ColumnMapping): RowError | null {
	if (mapping.lat === null && mapping.lon === null) {
		return fileError({ code: 'noLatLonColumns', params: {} });
	}
	if (mapping.lat === null) return fileError({ code: 'noLatColumn', params: {} });
	if (mapping.lon === null) return fileError({ code: 'noLonColumn', params: {} });
	return null;
}

function readShapes(
	text: string,
	format: ImportFormat,
	options: Required<Omit<ImportOptions, 'parseXml'>> & { parseXml?: XmlParser }
): GeoJsonReader {
	const build = { mapping: options.mapping, timeZone: options.timeZone };
	if (format === 'geojson') return readGeoJsonText(text, build);
	if (format === 'ndjson') return readNdjsonText(text, build);
	if (!options.parseXml) throw new Error('KML and GPX need an XML parser');
	return readXmlText(text, format as 'kml' | 'gpx', options.parseXml, build);
}

const EMPTY_MAPPING: ColumnMapping = {
	lat: null,
	lon: null,
	time: null,
	end: null,
	category: null,
	name: null
};

/**
 * The columns of a text and the mapping guessed from them: CSV headers, or the property keys of
 * GeoJSON, KML and GPX features (whose positions come from their geometry).
 */
export function previewText(
	text: string,
	format: ImportFormat,
	parseXml?: XmlParser
): ImportPreview {
	if (text.trim() === '') {
		return {
			format,
			columns: [],
			mapping: EMPTY_MAPPING,
			rows: [],
			error: fileError({ code: 'fileEmpty', params: {} })
		};
	}
	if (format === 'csv' || format === 'tsv') {
		const head = csvHead(text, format === 'tsv' ? '\t' : undefined);
		const mapping = detectColumns(head.columns);
		const error =
			head.rows.length === 0 ? fileError({ code: 'noRows', params: {} }) : noPosition(mapping);
		return { format, columns: head.columns, mapping, rows: head.rows, error };
	}
	const reader = readShapes(text, format, {
		format,
		mapping: EMPTY_MAPPING,
		timeZone: DEFAULT_TIME_ZONE,
		parseXml
	});
	const points = reader.builder.finish();
	const unreadable = reader.builder.errors.kept.find(
		(e) => e.where.kind === 'file' || reader.builder.total === 0
	);
	const columns = [...new Set([...points.properties.columns, ...propertyKeys(reader.shapes)])];
	const rows = Array.from({ length: Math.min(5, points.count) }, (_, i) =>
		Object.fromEntries(
			points.properties.columns.map((c, j) => [c, points.properties.values[j]![i]!])
		)
	);
	const error =
		unreadable ??
		(points.count + reader.shapes.length === 0
			? fileError({ code: 'noFeatures', params: {} })
			: null);
	return { format, columns, mapping: { ...detectColumns(columns), ...NO_POSITION }, rows, error };
}

/**
 * Imports a whole text at once: every good row, line or feature becomes a point or shape, every
 * bad one an error. Large CSV files go through the streaming worker instead (importWorker).
 */
export function importText(text: string, options: ImportOptions): ImportResult {
	const { format } = options;
	const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
	const mapping = options.mapping ?? previewText(text, format, options.parseXml).mapping;
	let reader: CsvReader | GeoJsonReader;
	if (text.trim() === '') {
		return {
			format,
			points: readCsvText('', { mapping, timeZone }).builder.finish(),
			shapes: [],
			errors: [fileError({ code: 'fileEmpty', params: {} })],
			errorCount: 1,
			total: 0
		};
	}
	if ((format === 'csv' || format === 'tsv') && (mapping.lat === null || mapping.lon === null)) {
		return {
			format,
			points: readCsvText('', { mapping, timeZone }).builder.finish(),
			shapes: [],
			errors: [fileError({ code: 'chooseLatLon', params: {} })],
			errorCount: 1,
			total: 0
		};
	}
	if (format === 'csv' || format === 'tsv') {
		reader = readCsvText(text, { mapping, timeZone }, format === 'tsv' ? '\t' : undefined);
	} else {
		reader = readShapes(text, format, { format, mapping, timeZone, parseXml: options.parseXml });
	}
	const { builder } = reader;
	const points = builder.finish();
	const shapes = 'shapes' in reader ? reader.shapes : [];
	if (mapping.category !== null) categorizeShapes(shapes, points.categories, mapping.category);
	return {
		format,
		points,
		shapes,
		errors: builder.errors.kept,
		errorCount: builder.errors.count,
		total: builder.total
	};
}

/**
 * Gives each shape the index `c` of its category among the points' categories (adding the
 * categories only shapes have), so points and shapes share one colour per category.
 */
export function categorizeShapes(shapes: Feature[], categories: string[], column: string): void {
	for (const shape of shapes) {
		const value = cellText(shape.properties?.[column]).trim();
		if (value === '') continue;
		let c = categories.indexOf(value);
		if (c < 0) c = categories.push(value) - 1;
		shape.properties = { ...shape.properties, c };
	}
}
