import type { Feature, Geometry } from 'geojson';
import { getIssues } from '@placemarkio/check-geojson';
import { PointsBuilder, type BuildOptions } from './PointsBuilder';
import { readCoordinate } from './readCoordinate';

/** Files up to this size get check-geojson's located syntax errors; larger ones JSON.parse's. */
const CHECK_LIMIT = 50_000_000;

/** Where a JSON syntax error is, as "line 3" and a message, from check-geojson's parser. */
export function jsonSyntaxError(
	text: string,
	fallback: string
): { where: string; message: string } {
	const issue = text.length <= CHECK_LIMIT ? getIssues(text)[0] : undefined;
	const m = issue && /^Invalid JSON: (.*?)\s*\((\d+):(\d+)\)$/.exec(issue.message);
	if (m) return { where: `line ${m[2]}`, message: `${m[1]} (column ${m[3]})` };
	return { where: 'file', message: `not valid JSON: ${fallback}` };
}

/** Collects the points and shapes of GeoJSON features, with an error for each unusable one. */
export class GeoJsonReader {
	readonly shapes: Feature[] = [];

	readonly builder: PointsBuilder;

	constructor(builder: PointsBuilder) {
		this.builder = builder;
	}

	/** Reads any GeoJSON object: a FeatureCollection, a Feature or a bare geometry. */
	readObject(value: unknown, where = (i: number) => `feature ${i + 1}`): void {
		const o = value as { type?: unknown; features?: unknown };
		if (o && typeof o === 'object' && o.type === 'FeatureCollection') {
			if (!Array.isArray(o.features)) {
				this.builder.errors.add({
					where: 'file',
					message: 'the FeatureCollection has no "features" array'
				});
				return;
			}
			o.features.forEach((f, i) => this.readFeature(f, where(i)));
		} else if (o && typeof o === 'object' && o.type === 'Feature') {
			this.readFeature(o, where(0));
		} else if (o && typeof o === 'object' && typeof o.type === 'string') {
			this.readFeature({ type: 'Feature', geometry: o, properties: {} }, where(0));
		} else {
			this.builder.total++;
			this.builder.errors.add({
				where: where(0),
				message: 'not a GeoJSON object (it has no "type")'
			});
		}
	}

	/** Reads one feature: its points go to the builder, its lines and polygons to `shapes`. */
	readFeature(value: unknown, where: string): void {
		const f = value as Partial<Feature> | null;
		const fail = (message: string) => {
			this.builder.total++;
			this.builder.errors.add({ where, message });
		};
		if (!f || typeof f !== 'object' || f.type !== 'Feature') return fail('not a Feature');
		const properties = (
			f.properties && typeof f.properties === 'object' ? f.properties : {}
		) as Record<string, unknown>;
		const g = f.geometry as Geometry | null | undefined;
		if (!g) return fail('no geometry');
		if (g.type === 'Point' || g.type === 'MultiPoint') {
			const positions = g.type === 'Point' ? [g.coordinates] : g.coordinates;
			if (!Array.isArray(positions)) return fail('no coordinates');
			for (const p of positions) {
				const lon = readCoordinate(String(Array.isArray(p) ? p[0] : ''), 'lon');
				const lat = readCoordinate(String(Array.isArray(p) ? p[1] : ''), 'lat');
				if (!lon.ok) fail(`longitude ${lon.message}`);
				else if (!lat.ok) fail(`latitude ${lat.message}`);
				else this.builder.addPoint(lon.value, lat.value, properties, where);
			}
			return;
		}
		const issues = getIssues(JSON.stringify({ type: 'Feature', geometry: g, properties: {} }));
		if (issues.length > 0) return fail(issues[0]!.message.replace(/\.$/, ''));
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
			const located = jsonSyntaxError(trimmed, 'cannot be read');
			const message = located.where === 'file' ? 'not valid JSON' : located.message;
			reader.builder.errors.add({ where: `line ${i + 1}`, message });
			return;
		}
		reader.readObject(value, () => `line ${i + 1}`);
	});
	return reader;
}
