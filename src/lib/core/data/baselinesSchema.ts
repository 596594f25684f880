import * as v from 'valibot';
import type { FieldIssue } from './dataIssue';
import {
	IdSchema,
	LineStringSchema,
	PlainTextSchema,
	PointSchema,
	PrecisionSchema,
	SourcesSchema
} from './schema';

// ---------------------------------------------------------------- baselines.geojson

/** What a feature of baselines.geojson is. */
export const BaselineKindSchema = v.picklist([
	'baseline',
	'base_point',
	'territorial_sea_limit',
	'contiguous_zone_limit'
]);

/**
 * Properties of Taiwan's territorial-sea baselines, their base points, and the 12-nm and 24-nm
 * lines computed from them (`computed_from` names the baseline, `distance_nm` the offset).
 */
export const BaselinePropsSchema = v.strictObject({
	id: IdSchema,
	name: PlainTextSchema,
	kind: BaselineKindSchema,
	/** True when the geometry comes from a secondary (non-official) compilation. */
	secondary: v.boolean(),
	/** The base point's number in the announcement (T1-T22). */
	code: v.optional(PlainTextSchema),
	/** For a computed limit: the id of the baseline it is measured from. */
	computed_from: v.optional(IdSchema),
	/** For a computed limit: its distance from the baseline in nautical miles. */
	distance_nm: v.optional(v.picklist([12, 24])),
	precision: PrecisionSchema,
	precision_note: v.optional(PlainTextSchema),
	sources: SourcesSchema
});

/** One feature of baselines.geojson: a base point, or a baseline or limit (a closed line). */
export const BaselineFeatureSchema = v.object({
	type: v.literal('Feature'),
	id: v.optional(v.union([v.string(), v.number()])),
	properties: BaselinePropsSchema,
	geometry: v.variant('type', [PointSchema, LineStringSchema])
});

/** data/baselines.geojson. */
export const BaselineCollectionSchema = v.object({
	type: v.literal('FeatureCollection'),
	name: v.optional(v.string()),
	features: v.array(BaselineFeatureSchema)
});

export type BaselineKind = v.InferOutput<typeof BaselineKindSchema>;
export type BaselineProps = v.InferOutput<typeof BaselinePropsSchema>;
export type BaselineFeature = v.InferOutput<typeof BaselineFeatureSchema>;
export type BaselineCollection = v.InferOutput<typeof BaselineCollectionSchema>;

/**
 * The rules of baselines.geojson beyond its schema: a base point is a Point; a baseline or limit
 * is a closed line (first and last positions equal) with at least 4 positions; a limit names the
 * baseline it is computed from (`ids`: every baseline id in the file) and its distance.
 */
export function baselineIssues(f: BaselineFeature, baselineIds: ReadonlySet<string>): FieldIssue[] {
	const issues: FieldIssue[] = [];
	const p = f.properties;
	const g = f.geometry;
	if (p.kind === 'base_point') {
		if (g.type !== 'Point')
			issues.push({ field: 'geometry.type', message: 'a base_point must be a Point' });
		return issues;
	}
	if (g.type !== 'LineString') {
		issues.push({ field: 'geometry.type', message: `a ${p.kind} must be a closed LineString` });
		return issues;
	}
	const first = g.coordinates[0];
	const last = g.coordinates[g.coordinates.length - 1];
	if (g.coordinates.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
		issues.push({
			field: 'geometry.coordinates',
			message: `a ${p.kind} must be closed: its first and last positions must be equal (at least 4 positions)`
		});
	}
	if (p.kind !== 'baseline') {
		if (!p.computed_from || !baselineIds.has(p.computed_from)) {
			issues.push({
				field: 'properties.computed_from',
				message: 'a limit must name a baseline of this file'
			});
		}
		const want = p.kind === 'territorial_sea_limit' ? 12 : 24;
		if (p.distance_nm !== want) {
			issues.push({
				field: 'properties.distance_nm',
				message: `a ${p.kind} is ${want} nm from its baseline`
			});
		}
	}
	return issues;
}
