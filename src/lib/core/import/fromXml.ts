import { gpx, kml } from '@tmcw/togeojson';
import { GeoJsonReader } from './fromGeoJson';
import { PointsBuilder, type BuildOptions } from './PointsBuilder';
import type { RowErrorReason } from './types';

/**
 * Parses XML text into a Document. Workers have no DOMParser, so the caller passes one
 * (`@xmldom/xmldom` in the worker and in Node); it throws on malformed XML, and an error with a
 * `locator.lineNumber` (as xmldom's ParseError has) is reported with its line.
 */
export type XmlParser = (text: string) => Document;

/**
 * togeojson's KML time properties (`timestamp`, `timespan: { begin, end }`) as the two columns
 * the detector knows, "begin" and "end", so a file mixing TimeStamp and TimeSpan has one mapping.
 */
export function flattenKmlTimes(properties: Record<string, unknown>): Record<string, unknown> {
	const span = properties.timespan as { begin?: unknown; end?: unknown } | undefined;
	const stamp = properties.timestamp;
	if ((!span || typeof span !== 'object') && stamp === undefined) return properties;
	const rest = { ...properties };
	delete rest.timespan;
	delete rest.timestamp;
	return { ...rest, begin: span?.begin ?? stamp ?? '', end: span?.end ?? '' };
}

/**
 * Reads KML or GPX text through `@tmcw/togeojson`: placemarks and waypoints become points, paths,
 * polygons and tracks become shapes; a malformed file is one error with its line.
 */
export function readXmlText(
	text: string,
	format: 'kml' | 'gpx',
	parseXml: XmlParser,
	options: BuildOptions
): GeoJsonReader {
	const reader = new GeoJsonReader(new PointsBuilder(options));
	let doc: Document;
	try {
		doc = parseXml(text);
	} catch (e) {
		const line = (e as { locator?: { lineNumber?: number } }).locator?.lineNumber;
		// The parser's own words, passed through; the catalogue words what is around them.
		const detail = String((e as Error).message ?? '').split('\n')[0] ?? '';
		const reason: RowErrorReason = detail
			? { code: 'xmlSyntax', params: { detail } }
			: { code: 'xmlMalformed', params: {} };
		reader.builder.errors.add({
			where: line ? { kind: 'line', n: line } : { kind: 'file' },
			...reason
		});
		return reader;
	}
	const collection = format === 'kml' ? kml(doc) : gpx(doc);
	if (collection.features.length === 0) {
		const root = doc.documentElement?.nodeName ?? '';
		if (!new RegExp(format, 'i').test(root)) {
			reader.builder.errors.add({
				where: { kind: 'file' },
				code: 'wrongRoot',
				params: { format: format.toUpperCase(), root }
			});
			return reader;
		}
	}
	collection.features.forEach((f, i) => {
		const properties = flattenKmlTimes((f.properties ?? {}) as Record<string, unknown>);
		const kind = format === 'kml' ? 'placemark' : 'feature';
		reader.readFeature({ ...f, properties }, { kind, n: i + 1 });
	});
	return reader;
}

/** Property keys seen in the first features, for the column preview of GeoJSON, KML and GPX. */
export function propertyKeys(
	features: readonly { properties?: unknown }[],
	limit = 1000
): string[] {
	const keys = new Set<string>();
	for (const f of features.slice(0, limit)) {
		const p = f.properties;
		if (p && typeof p === 'object') for (const k of Object.keys(p)) keys.add(k);
	}
	return [...keys];
}
