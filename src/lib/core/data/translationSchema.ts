import * as v from 'valibot';
import { IdSchema, PlainTextSchema, SourcesSchema } from './schema';
import { TRANSLATABLE, type TranslatableFile } from './translatable';

const fieldKey = (file: TranslatableFile) =>
	v.picklist(TRANSLATABLE[file] as unknown as string[], `not a translatable field of ${file}`);

const fileTranslations = (file: TranslatableFile) =>
	v.record(IdSchema, v.record(fieldKey(file), PlainTextSchema));

/**
 * The guided story's words in a language (data/story.json's title, opening screen, step captions
 * by step id and glossary by entry id). What is left out is shown in English.
 */
export const StoryTranslationSchema = v.strictObject({
	title: v.optional(PlainTextSchema),
	intro: v.optional(
		v.pipe(v.array(PlainTextSchema), v.length(2, 'the opening screen has two sentences'))
	),
	steps: v.optional(
		v.record(
			IdSchema,
			v.pipe(PlainTextSchema, v.maxLength(400, 'a caption must stay short (400 characters)'))
		)
	),
	glossary: v.optional(
		v.record(IdSchema, v.strictObject({ term: PlainTextSchema, definition: PlainTextSchema }))
	)
});

/** A language's story text. */
export type StoryTranslation = v.InferOutput<typeof StoryTranslationSchema>;

/**
 * The names of the events' actors (people, bodies and countries) in a language, keyed by the
 * English name the data gives, e.g. "Donald Trump" → "川普". One entry serves every event naming
 * that actor; a name left out is shown in English.
 */
export const ActorNamesSchema = v.record(PlainTextSchema, PlainTextSchema);

/**
 * One language's translations of the data (data/i18n/<lang>.json): text by file, feature id and
 * field, the events' actor names, the sources of official names (keyed "file/id/field", or
 * "actors/<English name>") and the guided story's words.
 */
export const TranslationFileSchema = v.strictObject({
	lang: v.picklist(['zh-Hant', 'ja']),
	sources: v.record(
		v.pipe(
			v.string(),
			v.regex(
				/^(?:[a-z-]+\.(geo)?json\/[a-z0-9-]+\/[a-z_.]+|actors\/[^/]+)$/,
				'must be "file/id/field" or "actors/<English name>"'
			)
		),
		SourcesSchema
	),
	features: v.strictObject({
		'events.geojson': v.optional(fileTranslations('events.geojson')),
		'places.geojson': v.optional(fileTranslations('places.geojson')),
		'drill-zones.geojson': v.optional(fileTranslations('drill-zones.geojson')),
		'reference.geojson': v.optional(fileTranslations('reference.geojson')),
		'exercises.json': v.optional(fileTranslations('exercises.json'))
	}),
	actors: v.optional(ActorNamesSchema),
	story: v.optional(StoryTranslationSchema)
});

/** A validated translation file. */
export type TranslationFile = v.InferOutput<typeof TranslationFileSchema>;

/** One file's translations: feature id → field → text. */
export type FileTranslations = Partial<Record<string, Partial<Record<string, string>>>>;
