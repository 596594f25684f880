import type { Translated } from '../../translated';

/**
 * The import errors' English words (core/import/formatRowError): a catalogue of their own, so
 * they load with the import panels' lazy chunks instead of at startup. Other languages must
 * have the same keys and placeholders.
 */
export const importErrorsEn = {
	importStorageSaveFull:
		"Not saved: the browser's storage for this site is full. It stays on the map until you close or reload this page.",
	importStorageSaveForbidden:
		'Not saved: this window does not allow storage (a private window?). It stays on the map until you close or reload this page.',
	importStorageLoadFull:
		"Imported data is not kept: the browser's storage for this site is full. It stays on the map until you close or reload this page.",
	importStorageLoadForbidden:
		'Imported data is not kept: this window does not allow storage (a private window?). It stays on the map until you close or reload this page.',
	importErrorRow: 'row {n}',
	importErrorLine: 'line {n}',
	importErrorFeature: 'feature {n}',
	importErrorPlacemark: 'placemark {n}',
	importErrorFile: 'file',
	importErrorColumn: 'column {name}',
	importErrorWithColumn: '{where}, {column}',
	importErrorAt: '{where}: {message}',
	importErrorLatitude: 'latitude {message}',
	importErrorLongitude: 'longitude {message}',
	importErrorText: '{text}',
	importErrorEmpty: 'empty',
	importErrorNotDecimalDegrees: '"{value}" is not a number in decimal degrees',
	importErrorNotBetween: '{value} is not between -{limit} and {limit}',
	importErrorTimeTooLarge: '{value} is too large to be a time in epoch seconds or milliseconds',
	importErrorNotTime:
		'cannot read "{value}" as a time (use ISO 8601 such as 2025-12-30T08:00+08:00, a date such as 2025-12-30, or epoch seconds or milliseconds)',
	importErrorNotCalendarDate: '{value} is not a calendar date',
	importErrorNotTimeOfDay: '{value} is not a time of day',
	importErrorEndsBeforeStart: 'ends before it starts',
	importErrorQuoteUnclosed: 'Quoted field unterminated',
	importErrorQuoteMalformed: 'Trailing quote on quoted field is malformed',
	importErrorNoFeaturesArray: 'the FeatureCollection has no "features" array',
	importErrorNotGeoJson: 'not a GeoJSON object (it has no "type")',
	importErrorNotFeature: 'not a Feature',
	importErrorNoGeometry: 'no geometry',
	importErrorNoCoordinates: 'no coordinates',
	importErrorLineTooShort: 'Expected to find two or more positions here',
	importErrorRingTooShort: 'Expected to find four or more positions here',
	importErrorRingNotClosed:
		'First and last positions of a Polygon or MultiPolygon’s ring should be the same',
	importErrorPositionSize: 'A position should have 2 or 3 elements - found {count}',
	importErrorPositionNotNumber: 'Each element in a position must be a number',
	importErrorInvalidGeometry: '{detail}',
	importErrorJsonSyntax: '{detail} (column {column})',
	importErrorJsonInvalid: 'not valid JSON',
	importErrorJsonInvalidDetail: 'not valid JSON: {detail}',
	importErrorXmlSyntax: '{detail}',
	importErrorXmlMalformed: 'malformed XML',
	importErrorWrongRoot: 'not a {format} file (its root element is <{root}>)',
	importErrorFileEmpty: 'the file is empty',
	importErrorNoRows: 'no rows under the header',
	importErrorNoLatColumn: 'no latitude column found: choose it below',
	importErrorNoLonColumn: 'no longitude column found: choose it below',
	importErrorNoLatLonColumns: 'no latitude or longitude column found: choose it below',
	importErrorNoFeatures: 'no features with a geometry',
	importErrorChooseLatLon: 'choose the latitude and longitude columns',
	importErrorUnknownEncoding: 'unknown text encoding "{encoding}"',
	importErrorNotUtf8:
		'the file is not UTF-8 text (line {line}, byte {byte}): save it as UTF-8, or choose its encoding (for example Big5)',
	importErrorUnknownFormat:
		'this is not a file Strait Atlas can read: use CSV, TSV, GeoJSON, KML or GPX',
	importErrorNothingImported: 'nothing could be imported',
	importErrorCsvWhere: 'where',
	importErrorCsvColumn: 'column',
	importErrorCsvMessage: 'message',
	importErrorCsvMore: '({count} more errors not listed)'
} as const;

/** The import errors' words, in one language. */
export type ImportErrorMessages = Translated<typeof importErrorsEn>;
