import type { Feature, Geometry } from 'geojson';
import { getIssues } from '@placemarkio/check-geojson';
import { PointsBuilder, type BuildOptions } from './PointsBuilder';
import { readCoordinate } from './readCoordinate';
import type { RowError, RowErrorPlace, RowErrorReason } from './types';

/** Files up to this size get check-geojson's located syntax errors; larger ones JSON.parse's. */
const CHECK_LIMIT = 50_000_000;

/**
 * Where a JSON syntax error is (line 3) and what, from check-geojson's parser, whose words are
 * passed through; null when it cannot say (or the text is too large to check).
 */
function locatedJsonError(text: string): RowError | null {
	const issue = text.length <= CHECK_LIMIT ? getIssues(text)[0] : undefined;
	const m = issue && /^Invalid JSON: (.*?)\s*\((\d+):(\d+)\)$/.exec(issue.message);
	if (!m) return null;
	const params = { detail: m[1] ?? '', column: Number(m[3]) };
	return { where: { kind: 'line', n: Number(m[2]) }, code: 'jsonSyntax', params };
}

/**
 * A JSON syntax error, located by line when check-geojson's parser can, else about the whole
 * file with `engineMessage` (JSON.parse's own words, from the browser) passed through.
 */
export function jsonSyntaxError(text: string, engineMessage: string): RowError {
	return (
		locatedJsonError(text) ?? {
			where: { kind: 'file' },
			code: 'jsonInvalidDetail',
			params: { detail: engineMessage }
		}
	);
}

/** check-geojson's reasons for a shape it refuses that the catalogue words in every language. */
const GEOMETRY_ISSUES: [RegExp, (m: RegExpExecArray) => RowErrorReason][] = [
	[/^Expected to find two or more positions here$/, () => ({ code: 'lineTooShort', params: {} })],
	[/^Expected to find four or more positions here$/, () => ({ code: 'ringTooShort', params: {} })],
	[
		/^First and last positions of a Polygon or MultiPolygon’s ring should be the same$/,
		() => ({ code: 'ringNotClosed', params: {} })
	],
	[
		/^A position should have 2 or 3 elements - found (\d+)$/,
		(m) => ({ code: 'positionSize', params: { count: Number(m[1]) } })
	],
	[
		/^Each element in a position must be a number$/,
		() => ({ code: 'positionNotNumber', params: {} })
	]
];

/** A check-geojson issue as a reason: one the catalogue knows, else its own words passed through. */
export function geometryIssue(message: string): RowErrorReason {
	const detail = message.replace(/\.$/, '');
	for (const [pattern, reason] of GEOMETRY_ISSUES) {
		const m = pattern.exec(detail);
		if (m) return reason(m);
	}
	return { code: 'invalidGeometry', params: { detail } };
}

/** The place of the i-th feature of a collection in errors: feature i + 1. */
const featurePlace = (i: number): RowErrorPlace => ({ kind: 'feature', n: i + 1 });

/** Collects the points and shapes of GeoJSON features, with an error for each unusable one. */
export class GeoJsonReader {
	readonly shapes: Feature[] = [];

	readonly builder: PointsBuilder;

	constructor(builder: PointsBuilder) {
		this.builder = builder;
	}

	/** Reads any GeoJSON object: a FeatureCollection, a Feature or a bare geometry. */
	readObject(value: unknown, where: (i: number) => RowErrorPlace = featurePlace): void {
		const o = value as { type?: unknown; features?: unknown };
		if (o && typeof o === 'object' && o.type === 'FeatureCollection') {
			if (!Array.isArray(o.features)) {
				this.builder.errors.add({ where: { kind: 'file' }, code: 'noFeaturesArray', params: {} });
				return;
			}
			o.features.forEach((f, i) => this.readFeature(f, where(i)));
		} else if (o && typeof o === 'object' && o.type === 'Feature') {
			this.readFeature(o, where(0));
		} else if (o && typeof o === 'object' && typeof o.type === 'string') {
			this.readFeature({ type: 'Feature', geometry: o, properties: {} }, where(0));
		} else {
			this.builder.total++;
			this.builder.errors.add({ where: where(0), code: 'notGeoJson', params: {} });
		}
	}

	/** Reads one feature: its points go to the builder, its lines and polygons to `shapes`. */
	readFeature(value: unknown, where: RowErrorPlace): void {
		const f = value as Partial<Feature> | null;
		const fail = (reason: RowErrorReason, axis?: 'lat' | 'lon') => {
			this.builder.total++;
			this.builder.errors.add({ where, ...(axis && { axis }), ...reason });
		};
		if (!f || typeof f !== 'object' || f.type !== 'Feature') {
			return fail({ code: 'notFeature', params: {} });
		}
		const properties = (
			f.properties && typeof f.properties === 'object' ? f.properties : {}
		) as Record<string, unknown>;
		const g = f.geometry as Geometry | null | undefined;
		if (!g) return fail({ code: 'noGeometry', params: {} });
		if (g.type === 'Point' || g.type === 'MultiPoint') {
			const positions = g.type === 'Point' ? [g.coordinates] : g.coordinates;
			if (!Array.isArray(positions)) return fail({ code: 'noCoordinates', params: {} });
			for (const p of positions) {
				const lon = readCoordinate(String(Array.isArray(p) ? p[0] : ''), 'lon');
				const lat = readCoordinate(String(Array.isArray(p) ? p[1] : ''), 'lat');
				if (!lon.ok) fail(lon.reason, 'lon');
				else if (!lat.ok) fail(lat.reason, 'lat');
				else this.builder.addPoint(lon.value, lat.value, properties, where);
			}
			return;
		}
		const issues = getIssues(JSON.stringify({ type: 'Feature', geometry: g, properties: {} }));
		if (issues.length > 0) return fail(geometryIssue(issues[0]!.message));
		this.builder.total++;
		const times = this.builder.readTimes(properties, where);
		if (!times) return;
		const along = timesAlong(properties);
		const start = Number.isNaN(times[0]) ? along[0] : times[0];
		const end = Number.isNaN(times[1]) && along[1] > start ? along[1] : times[1];
		this.shapes.push({
			type: 'Feature',
			geometry: g,
			properties: {
				...properties,
				...(Number.isNaN(start) ? {} : { start_ts: start }),
				...(Number.isNaN(end) ? {} : { end_ts: end })
			}
		});
	}
}

/** The first and last times of a track's points (GPX `coordinateProperties.times`), else NaN. */
function timesAlong(properties: Record<string, unknown>): [number, number] {
	const times = (properties.coordinateProperties as { times?: unknown } | undefined)?.times;
	const flat = (Array.isArray(times) ? times.flat(2) : []).filter((t) => typeof t === 'string');
	const ms = flat.map((t) => Date.parse(t)).filter((t) => Number.isFinite(t));
	return ms.length ? [Math.min(...ms), Math.max(...ms)] : [NaN, NaN];
}

/** Reads GeoJSON text (a FeatureCollection, a Feature or a geometry) into a builder and shapes. */
export function readGeoJsonText(text: string, options: BuildOptions): GeoJsonReader {
	const reader = new GeoJsonReader(new PointsBuilder(options));
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		reader.builder.errors.add(jsonSyntaxError(text, (e as Error).message));
		return reader;
	}
	reader.readObject(value);
	return reader;
}

/** Reads newline-delimited GeoJSON: one object per line; a bad line is an error of its own. */
export function readNdjsonText(text: string, options: BuildOptions): GeoJsonReader {
	const reader = new GeoJsonReader(new PointsBuilder(options));
	const lines = text.split(/\r?\n/);
	lines.forEach((line, i) => {
		const trimmed = line.replace(String.fromCharCode(0x1e), '').trim();
		if (trimmed === '') return;
		let value: unknown;
		try {
			value = JSON.parse(trimmed);
		} catch {
			reader.builder.total++;
			const located = locatedJsonError(trimmed);
			const where = { kind: 'line', n: i + 1 } as const;
			reader.builder.errors.add(
				located ? { ...located, where } : { where, code: 'jsonInvalid', params: {} }
			);
			return;
		}
		reader.readObject(value, () => ({ kind: 'line', n: i + 1 }));
	});
	return reader;
}
