import type { Feature, FeatureCollection } from 'geojson';
import { TRANSLATABLE, type TranslatableFile } from './translatable';
import type { FileTranslations, TranslationFile } from './translationSchema';

type Props = Record<string, unknown>;

/** The text of a field in English data; "correction.text" reads the correction's text. */
function englishText(props: Props, field: string): string | undefined {
	const value =
		field === 'correction.text'
			? (props.correction as { text?: unknown } | undefined)?.text
			: props[field];
	return typeof value === 'string' && value ? value : undefined;
}

/** A copy of the properties with each translated field replaced; untranslated fields stay English. */
export function localiseProps<P extends Props>(
	props: P,
	file: TranslatableFile,
	translations: FileTranslations | undefined
): P {
	const t = translations?.[String(props.id)];
	if (!t) return props;
	const out: Props = { ...props };
	for (const field of TRANSLATABLE[file]) {
		const text = t[field];
		if (!text || !englishText(props, field)) continue;
		if (field === 'correction.text') out.correction = { ...(props.correction as Props), text };
		else out[field] = text;
	}
	return out as P;
}

/**
 * An event's actors in a language: each English name replaced by its translation, or kept.
 * @example localiseActors(['Donald Trump', 'G20'], { 'Donald Trump': '川普' }) // ['川普', 'G20']
 */
export function localiseActors(
	actors: readonly string[],
	names: Readonly<Record<string, string>> | undefined
): string[] {
	return actors.map((a) => names?.[a] ?? a);
}

/**
 * A data file's collection with its display text in a language, falling back to English for
 * every field without a translation; an event's actors are named from the file's actor names.
 * Geometry and ids are shared, not copied. Without a translation file (English) the collection
 * is returned as it is.
 */
export function localiseCollection<C extends FeatureCollection>(
	collection: C,
	file: Exclude<TranslatableFile, 'exercises.json'>,
	translation: TranslationFile | null
): C {
	const t = translation?.features[file];
	const names = file === 'events.geojson' ? translation?.actors : undefined;
	if (!t && !names) return collection;
	return {
		...collection,
		features: collection.features.map((f: Feature) => {
			const props = localiseProps((f.properties ?? {}) as Props, file, t);
			const actors = props.actors;
			return {
				...f,
				properties:
					names && Array.isArray(actors)
						? { ...props, actors: localiseActors(actors as string[], names) }
						: props
			};
		})
	};
}

/** The exercises list (data/exercises.json) with its display text in a language. */
export function localiseExercises<E extends { id: string }>(
	exercises: readonly E[],
	translation: TranslationFile | null
): E[] {
	const t = translation?.features['exercises.json'];
	if (!t) return [...exercises];
	return exercises.map((e) => localiseProps(e as unknown as Props, 'exercises.json', t) as E);
}

/** What a translation file lacks or names wrongly, measured against the English data. */
export interface TranslationReport {
	/**
	 * Translatable English fields and actor names with no translation, e.g.
	 * "events.geojson/trump-xi-call/summary" or "actors/G20".
	 */
	missing: string[];
	/**
	 * Translations for features or actors that the English data does not have, e.g.
	 * "places.geojson/nowhere" or "actors/Nobody".
	 */
	unknown: string[];
	/** Translations of fields that are empty in the English feature. */
	extra: string[];
}

/**
 * Compares a translation file with the English data: which texts are missing (they fall back to
 * English), which ids are unknown and which fields have no English text to translate.
 */
export function translationReport(
	english: Partial<Record<TranslatableFile, readonly Props[]>>,
	translation: TranslationFile
): TranslationReport {
	const report: TranslationReport = { missing: [], unknown: [], extra: [] };
	const actors = new Set(
		(english['events.geojson'] ?? []).flatMap((p) =>
			Array.isArray(p.actors) ? (p.actors as string[]) : []
		)
	);
	const names = translation.actors ?? {};
	for (const a of [...actors].sort()) if (!names[a]) report.missing.push(`actors/${a}`);
	for (const a of Object.keys(names)) if (!actors.has(a)) report.unknown.push(`actors/${a}`);
	for (const file of Object.keys(TRANSLATABLE) as TranslatableFile[]) {
		const items = english[file] ?? [];
		const t: FileTranslations = translation.features[file] ?? {};
		const ids = new Set(items.map((p) => String(p.id)));
		for (const id of Object.keys(t)) if (!ids.has(id)) report.unknown.push(`${file}/${id}`);
		for (const props of items) {
			const id = String(props.id);
			for (const field of TRANSLATABLE[file]) {
				const has = englishText(props, field) !== undefined;
				const translated = Boolean(t[id]?.[field]);
				if (has && !translated) report.missing.push(`${file}/${id}/${field}`);
				if (!has && translated) report.extra.push(`${file}/${id}/${field}`);
			}
		}
	}
	return report;
}
