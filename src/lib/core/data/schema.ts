import * as v from 'valibot';
import type { BaselineCollection } from './baselinesSchema';
import { containsHtml } from './containsHtml';
import { isoLocalParts, parseDateOrTime, parseIsoDate } from './parseIsoTime';
import { SourceTierSchema } from './sourceTier';

// ---------------------------------------------------------------- building blocks

const NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

function timeMessage(input: unknown): string {
	return typeof input === 'string' && NO_OFFSET.test(input)
		? 'not a valid ISO 8601 time: it has no explicit UTC offset (add e.g. +08:00)'
		: 'not a valid ISO 8601 time';
}

const noHtml = v.check((s: string) => !containsHtml(s), 'contains HTML markup');

/** Display text: a non-empty string with no HTML markup. */
export const PlainTextSchema = v.pipe(v.string(), v.minLength(1, 'must not be empty'), noHtml);

/** Text that may be empty but must not contain HTML markup. */
export const OptionalTextSchema = v.pipe(v.string(), noHtml);

/** A stable lowercase kebab-case id, e.g. "jm2025-z3" or "port-kaohsiung". */
export const IdSchema = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase kebab-case id')
);

/** An ISO 8601 date-time with an explicit offset, e.g. "2025-12-30T08:00:00+08:00". */
export const IsoTimeSchema = v.pipe(
	v.string(),
	v.check(
		(s) => isoLocalParts(s) !== null,
		(issue) => timeMessage(issue.input)
	)
);

/** A calendar date "YYYY-MM-DD". */
export const IsoDateSchema = v.pipe(
	v.string(),
	v.check((s) => parseIsoDate(s) !== null, 'not a valid date (expected YYYY-MM-DD)')
);

/** Either an ISO 8601 date-time with offset or, where only the day is known, "YYYY-MM-DD". */
export const DateOrTimeSchema = v.pipe(
	v.string(),
	v.check(
		(s) => parseDateOrTime(s) !== null,
		'not a valid ISO 8601 time with offset or YYYY-MM-DD date'
	)
);

/** An absolute http(s) URL. */
export const UrlSchema = v.pipe(
	v.string(),
	v.regex(/^https?:\/\/[^\s/?#<>"]+[^\s<>"]*$/i, 'must be an http(s) URL')
);

/** A cited source. */
export const SourceSchema = v.strictObject({
	url: UrlSchema,
	title: PlainTextSchema,
	publisher: PlainTextSchema,
	date: v.optional(IsoDateSchema),
	/** primary | press | secondary: see sourceTier.ts. The data check requires it on every source. */
	tier: v.optional(SourceTierSchema)
});

/** At least one cited source. */
export const SourcesSchema = v.pipe(
	v.array(SourceSchema),
	v.minLength(1, 'needs at least one source')
);

/** "exact": copied from an official text or gazetteer; "approximate": derived, reported or placed. */
export const PrecisionSchema = v.picklist(['exact', 'approximate']);

/** How finely a time is known. "month" is used only for planned events with no announced day. */
export const TimePrecisionSchema = v.picklist(['month', 'day', 'hour', 'minute']);

const coordinate = v.pipe(v.number(), v.finite());

/** A [lon, lat] position in WGS84 degrees. */
export const PositionSchema = v.strictTuple(
	[coordinate, coordinate],
	'a position must be [lon, lat]'
);

/** GeoJSON Point. */
export const PointSchema = v.object({ type: v.literal('Point'), coordinates: PositionSchema });

/** GeoJSON LineString (at least two positions). */
export const LineStringSchema = v.object({
	type: v.literal('LineString'),
	coordinates: v.pipe(v.array(PositionSchema), v.minLength(2, 'a line needs at least 2 positions'))
});

/** GeoJSON Polygon (ring closure, length and winding are checked by validateDataset). */
export const PolygonSchema = v.object({
	type: v.literal('Polygon'),
	coordinates: v.pipe(
		v.array(v.array(PositionSchema)),
		v.minLength(1, 'a polygon needs at least one ring')
	)
});

const baseProps = {
	id: IdSchema,
	name: PlainTextSchema,
	precision: PrecisionSchema,
	precision_note: v.optional(PlainTextSchema),
	sources: SourcesSchema
};

function feature<
	P extends v.GenericSchema<unknown, Record<string, unknown>>,
	G extends v.GenericSchema<unknown, { type: string; coordinates: unknown }>
>(properties: P, geometry: G) {
	return v.object({
		type: v.literal('Feature'),
		id: v.optional(v.union([v.string(), v.number()])),
		properties,
		geometry
	});
}

function collection<F extends v.GenericSchema>(item: F) {
	return v.object({
		type: v.literal('FeatureCollection'),
		name: v.optional(v.string()),
		features: v.array(item)
	});
}

// ---------------------------------------------------------------- drill-zones.geojson

/** Properties of a published drill (closure / live-fire) zone. */
export const DrillZonePropsSchema = v.strictObject({
	...baseProps,
	/** Id of the exercise in exercises.json, e.g. "jm2025". */
	exercise: IdSchema,
	exercise_name: PlainTextSchema,
	zone: v.pipe(v.number(), v.integer(), v.minValue(1)),
	label: PlainTextSchema,
	announced: IsoTimeSchema,
	announced_precision: TimePrecisionSchema,
	start: IsoTimeSchema,
	end: IsoTimeSchema,
	vertices_published: v.pipe(
		v.array(PlainTextSchema),
		v.minLength(3, 'needs at least 3 published vertices')
	),
	impacts: OptionalTextSchema,
	impact_zone: v.boolean(),
	note: v.optional(PlainTextSchema)
});
export const DrillZoneFeatureSchema = feature(DrillZonePropsSchema, PolygonSchema);
export const DrillZoneCollectionSchema = collection(DrillZoneFeatureSchema);

// ---------------------------------------------------------------- events.geojson

/** A correction of a claim in the news story, with its own sources. */
export const CorrectionSchema = v.strictObject({ text: PlainTextSchema, sources: SourcesSchema });

/** Properties of a dated event. */
export const EventPropsSchema = v.strictObject({
	...baseProps,
	time: IsoTimeSchema,
	end: v.optional(IsoTimeSchema),
	time_precision: TimePrecisionSchema,
	summary: PlainTextSchema,
	category: v.picklist(['military', 'diplomatic', 'economic']),
	actors: v.pipe(v.array(PlainTextSchema), v.minLength(1, 'needs at least one actor')),
	/** Id of a feature in places.geojson or drill-zones.geojson. */
	place: IdSchema,
	/** Ids of the drill zones the event concerns. */
	zones: v.optional(v.array(IdSchema)),
	/**
	 * Deprecated stored flag: whether an event is planned is derived from the collection's `as_of`
	 * date by isPlanned(); validateEvents rejects a `future: true` that has gone stale.
	 */
	future: v.optional(v.boolean()),
	/** Context from before the story's span: listed first and drawn from the timeline's start. */
	background: v.optional(v.boolean()),
	correction: v.optional(CorrectionSchema)
});
export const EventFeatureSchema = feature(EventPropsSchema, PointSchema);
/**
 * The events file: a FeatureCollection with `as_of`, the date up to which the record was checked
 * against its sources ("YYYY-MM-DD", read as the end of that day, UTC). Whether an event is
 * still planned is derived from it (isPlanned).
 */
export const EventCollectionSchema = v.object({
	...collection(EventFeatureSchema).entries,
	as_of: IsoDateSchema
});

// ---------------------------------------------------------------- places.geojson

/** Properties of a named place: capital, port or island. */
export const PlacePropsSchema = v.strictObject({
	...baseProps,
	/** `city`: a venue city that is not a capital (e.g. Doral, the 2026 G20 venue). */
	kind: v.picklist(['capital', 'city', 'port', 'island']),
	wpi_number: v.optional(v.pipe(v.number(), v.integer()))
});
export const PlaceFeatureSchema = feature(PlacePropsSchema, PointSchema);
export const PlaceCollectionSchema = collection(PlaceFeatureSchema);

// ---------------------------------------------------------------- reference.geojson

/** Properties of a reference line or area: median line, its variant, the ADIZ. */
export const ReferencePropsSchema = v.strictObject({
	...baseProps,
	kind: v.picklist(['median_line', 'median_line_variant', 'adiz']),
	/** True when the geometry comes from a secondary (non-official) compilation. */
	secondary: v.boolean(),
	vertices_published: v.optional(v.array(PlainTextSchema))
});
export const ReferenceFeatureSchema = feature(
	ReferencePropsSchema,
	v.variant('type', [LineStringSchema, PolygonSchema])
);
export const ReferenceCollectionSchema = collection(ReferenceFeatureSchema);

// ---------------------------------------------------------------- shipping-lanes.geojson

/** Properties of one edge of the Eurostat MARNET routing graph. */
export const LanePropsSchema = v.strictObject({
	...baseProps,
	marnet_fid: v.pipe(v.number(), v.integer(), v.minValue(0)),
	resolution_km: v.optional(v.pipe(v.number(), v.finite()))
});
export const LaneFeatureSchema = feature(LanePropsSchema, LineStringSchema);
export const LaneCollectionSchema = collection(LaneFeatureSchema);

// ---------------------------------------------------------------- exercises.json

/** One PLA exercise; "start"/"end" are ISO date-times with offset, or "YYYY-MM-DD" when only the day is known. */
export const ExerciseSchema = v.strictObject({
	id: IdSchema,
	name: PlainTextSchema,
	name_zh: v.optional(PlainTextSchema),
	/** Id of the exercise this entry belongs to (e.g. the extra MSA areas of "jm2025"). */
	parent: v.optional(IdSchema),
	start: DateOrTimeSchema,
	end: DateOrTimeSchema,
	zones_published: v.boolean(),
	zone_count: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
	summary: PlainTextSchema,
	fires: OptionalTextSchema,
	sources: SourcesSchema
});
export const ExercisesFileSchema = v.object({ exercises: v.array(ExerciseSchema) });

// ---------------------------------------------------------------- types

export type Source = v.InferOutput<typeof SourceSchema>;
export type Precision = v.InferOutput<typeof PrecisionSchema>;
export type TimePrecision = v.InferOutput<typeof TimePrecisionSchema>;
export type Position = v.InferOutput<typeof PositionSchema>;
export type Correction = v.InferOutput<typeof CorrectionSchema>;

export type DrillZoneProps = v.InferOutput<typeof DrillZonePropsSchema>;
export type DrillZoneFeature = v.InferOutput<typeof DrillZoneFeatureSchema>;
export type DrillZoneCollection = v.InferOutput<typeof DrillZoneCollectionSchema>;

export type EventProps = v.InferOutput<typeof EventPropsSchema>;
export type EventFeature = v.InferOutput<typeof EventFeatureSchema>;
export type EventCollection = v.InferOutput<typeof EventCollectionSchema>;

export type PlaceProps = v.InferOutput<typeof PlacePropsSchema>;
export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;
export type PlaceCollection = v.InferOutput<typeof PlaceCollectionSchema>;

export type ReferenceProps = v.InferOutput<typeof ReferencePropsSchema>;
export type ReferenceFeature = v.InferOutput<typeof ReferenceFeatureSchema>;
export type ReferenceCollection = v.InferOutput<typeof ReferenceCollectionSchema>;

export type LaneProps = v.InferOutput<typeof LanePropsSchema>;
export type LaneFeature = v.InferOutput<typeof LaneFeatureSchema>;
export type LaneCollection = v.InferOutput<typeof LaneCollectionSchema>;

export type Exercise = v.InferOutput<typeof ExerciseSchema>;
export type ExercisesFile = v.InferOutput<typeof ExercisesFileSchema>;

/** The validated content of each data file, by basename. */
export interface DatasetByFile {
	'baselines.geojson': BaselineCollection;
	'drill-zones.geojson': DrillZoneCollection;
	'events.geojson': EventCollection;
	'exercises.json': ExercisesFile;
	'places.geojson': PlaceCollection;
	'reference.geojson': ReferenceCollection;
	'shipping-lanes.geojson': LaneCollection;
}
