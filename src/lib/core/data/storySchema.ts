import * as v from 'valibot';
import { IdSchema, IsoTimeSchema, PlainTextSchema } from './schema';

const coordinate = v.pipe(v.number(), v.finite());
const corner = v.strictTuple([coordinate, coordinate]);

/** A camera of the story: a lon/lat box the map fits, [[west, south], [east, north]]. */
export const StoryCameraSchema = v.strictObject({
	bounds: v.pipe(
		v.strictTuple([corner, corner]),
		v.check(
			([[w, s], [e, n]]) => w < e && s < n && w >= -180 && e <= 180 && s >= -85 && n <= 85,
			'bounds must be [[west, south], [east, north]] with west < east and south < north'
		)
	)
});

/** One step of the guided story: an event (or a time), a camera, a caption for a 16-year-old. */
export const StoryStepSchema = v.pipe(
	v.strictObject({
		id: IdSchema,
		/** The event the step shows (its time and its detail). */
		event: v.optional(IdSchema),
		/** The time the step shows when it is about the map rather than one event. */
		time: v.optional(IsoTimeSchema),
		/** A key of `cameras`: every camera keeps the strait in view. */
		camera: IdSchema,
		/** A far-away place (a places.geojson id) to show in the inset locator. */
		inset: v.optional(IdSchema),
		caption: v.pipe(
			PlainTextSchema,
			v.maxLength(400, 'a caption must stay short (400 characters)')
		),
		/** Glossary ids for the words in the caption that need explaining. */
		glossary: v.optional(v.array(IdSchema))
	}),
	v.check(
		(s) => (s.event === undefined) !== (s.time === undefined),
		'a step has either an event or a time, not both and not neither'
	)
);

/** One glossary entry: a term and a plain definition. */
export const GlossaryEntrySchema = v.strictObject({
	id: IdSchema,
	term: PlainTextSchema,
	definition: PlainTextSchema
});

/** data/story.json: the opening screen, the ordered steps, their cameras and the glossary. */
export const StorySchema = v.pipe(
	v.strictObject({
		title: PlainTextSchema,
		/** The opening screen: two sentences on what the map shows. */
		intro: v.pipe(v.array(PlainTextSchema), v.length(2, 'the opening screen has two sentences')),
		steps: v.pipe(v.array(StoryStepSchema), v.minLength(1, 'a story needs a step')),
		cameras: v.record(IdSchema, StoryCameraSchema),
		glossary: v.array(GlossaryEntrySchema)
	}),
	v.forward(
		v.check(
			(s) => new Set(s.steps.map((x) => x.id)).size === s.steps.length,
			'step ids must be unique'
		),
		['steps']
	),
	v.forward(
		v.check(
			(s) => s.steps.every((x) => x.camera in s.cameras),
			'every step camera must be one of `cameras`'
		),
		['steps']
	),
	v.forward(
		v.check((s) => {
			const terms = new Set(s.glossary.map((g) => g.id));
			return s.steps.every((x) => (x.glossary ?? []).every((g) => terms.has(g)));
		}, 'every step glossary id must be in `glossary`'),
		['steps']
	)
);

/** The story as validated. */
export type StoryFile = v.InferOutput<typeof StorySchema>;
/** One validated step. */
export type StoryStep = StoryFile['steps'][number];
/** One validated glossary entry. */
export type GlossaryEntry = StoryFile['glossary'][number];
