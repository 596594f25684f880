import * as v from 'valibot';
import { IdSchema, IsoDateSchema, PlainTextSchema, PositionSchema } from '../data/schema';

const num = v.pipe(v.number(), v.finite());
const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));

/** A distance: computed values (km, nm) and the same rounded to what the basis supports. */
export const DistanceJsonSchema = v.strictObject({
	km: nonNegative,
	nm: nonNegative,
	km_rounded: nonNegative,
	nm_rounded: nonNegative
});

/** An area: computed values (km², nm²) and the same rounded to 3 significant figures. */
export const AreaJsonSchema = v.strictObject({
	km2: nonNegative,
	nm2: nonNegative,
	km2_rounded: nonNegative,
	nm2_rounded: nonNegative
});

/** A [west, south, east, north] box in degrees. */
export const BoxJsonSchema = v.strictTuple([num, num, num, num]);

/** The figures for one published zone. */
export const ZoneAnalysisSchema = v.strictObject({
	id: IdSchema,
	exercise: IdSchema,
	zone: v.pipe(v.number(), v.integer(), v.minValue(1)),
	area: AreaJsonSchema,
	/** Closest approach to Taiwan's main-island coastline, with the two nearest points. */
	coast: v.strictObject({
		...DistanceJsonSchema.entries,
		on_zone: PositionSchema,
		on_coast: PositionSchema
	}),
	nearest_port: v.strictObject({
		id: IdSchema,
		name: PlainTextSchema,
		...DistanceJsonSchema.entries
	}),
	median_line: v.strictObject({
		side: v.picklist(['east', 'west', 'straddles']),
		east: DistanceJsonSchema,
		west: DistanceJsonSchema,
		beyond_ends: v.boolean()
	}),
	lanes: v.array(v.strictObject({ id: IdSchema, inside: DistanceJsonSchema }))
});

/** An exercise whose zone corners were published: its summary figures. */
export const PublishedExerciseSchema = v.strictObject({
	id: IdSchema,
	name: PlainTextSchema,
	zones_published: v.literal(true),
	zone_ids: v.pipe(v.array(IdSchema), v.minLength(1)),
	total_area: AreaJsonSchema,
	closest_approach: v.strictObject({
		zone: IdSchema,
		...DistanceJsonSchema.entries,
		on_zone: PositionSchema,
		on_coast: PositionSchema
	}),
	lanes: v.strictObject({
		box: BoxJsonSchema,
		box_km: nonNegative,
		inside_box_km: nonNegative,
		share_percent: v.pipe(nonNegative, v.maxValue(100)),
		share_percent_rounded: v.pipe(nonNegative, v.maxValue(100)),
		inside_km: nonNegative,
		crossed: v.array(IdSchema)
	}),
	approach_radius_nm: nonNegative,
	ports_with_zone_across: v.array(
		v.strictObject({
			id: IdSchema,
			name: PlainTextSchema,
			zone: IdSchema,
			distance: DistanceJsonSchema
		})
	)
});

/** An exercise whose zones were not published: listed, with no figures. */
export const UnpublishedExerciseSchema = v.strictObject({
	id: IdSchema,
	name: PlainTextSchema,
	zones_published: v.literal(false),
	note: PlainTextSchema
});

/** A press figure set beside ours. */
export const PressComparisonSchema = v.strictObject({
	id: IdSchema,
	zone: IdSchema,
	place: PlainTextSchema,
	press: v.strictObject({ nm: nonNegative, km: nonNegative, source: PlainTextSchema }),
	ours: v.strictObject({
		...DistanceJsonSchema.entries,
		on_zone: PositionSchema,
		on_coast: PositionSchema,
		method: PlainTextSchema
	}),
	difference_nm: num,
	note: PlainTextSchema
});

/** Each zone against Taiwan's territorial-sea baselines and the base points it takes in. */
export const TerritorialSeaSchema = v.strictObject({
	baselines: v.array(IdSchema),
	note: PlainTextSchema,
	zones: v.array(
		v.strictObject({
			zone: IdSchema,
			/** Distance from the zone to the nearest baseline (0 when it reaches the baseline). */
			to_baseline: DistanceJsonSchema,
			/** The zone reaches within 12 nm of a baseline: it crosses the 12-nm line. */
			inside_12nm: v.boolean(),
			/** The zone reaches within 24 nm of a baseline: it crosses the 24-nm line. */
			inside_24nm: v.boolean()
		})
	),
	/** Base points that lie inside a zone. */
	base_points_in_zones: v.array(
		v.strictObject({ base_point: IdSchema, name: PlainTextSchema, zone: IdSchema })
	),
	/** Whether JM2025 zone 4 takes in the Qixingyan base point, and how far inside or outside. */
	qixingyan: v.strictObject({
		base_point: IdSchema,
		zone: IdSchema,
		inside: v.boolean(),
		/** Distance from the base point to the zone's nearest edge. */
		to_zone_edge: DistanceJsonSchema
	})
});

/** data/derived/analysis.json, written by scripts/build-analysis.ts. */
export const AnalysisFileSchema = v.strictObject({
	generated: IsoDateSchema,
	generator: PlainTextSchema,
	inputs: v.array(PlainTextSchema),
	basis: v.array(PlainTextSchema),
	definitions: v.record(v.string(), PlainTextSchema),
	strait_box: BoxJsonSchema,
	approach_radius_nm: nonNegative,
	approach_radius_km: nonNegative,
	km_per_nm: v.literal(1.852),
	zones: v.array(ZoneAnalysisSchema),
	exercises: v.array(
		v.variant('zones_published', [PublishedExerciseSchema, UnpublishedExerciseSchema])
	),
	press_comparisons: v.array(PressComparisonSchema),
	territorial_sea: TerritorialSeaSchema
});

export type DistanceJson = v.InferOutput<typeof DistanceJsonSchema>;
export type AreaJson = v.InferOutput<typeof AreaJsonSchema>;
export type ZoneAnalysis = v.InferOutput<typeof ZoneAnalysisSchema>;
export type PublishedExercise = v.InferOutput<typeof PublishedExerciseSchema>;
export type UnpublishedExercise = v.InferOutput<typeof UnpublishedExerciseSchema>;
export type PressComparison = v.InferOutput<typeof PressComparisonSchema>;
export type AnalysisFile = v.InferOutput<typeof AnalysisFileSchema>;
export type TerritorialSea = v.InferOutput<typeof TerritorialSeaSchema>;
