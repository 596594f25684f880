import type { StoryFile } from './storySchema';
import type { StoryTranslation } from './translationSchema';

/**
 * The story in a language: its title, opening screen, captions and glossary replaced by the
 * translation's, each left in English where the translation has none.
 * @example translateStory(story, ja.story).steps[0].caption // the first caption in Japanese
 */
export function translateStory(story: StoryFile, t: StoryTranslation | undefined): StoryFile {
	if (!t) return story;
	return {
		...story,
		title: t.title ?? story.title,
		intro: t.intro ?? story.intro,
		steps: story.steps.map((s) => ({ ...s, caption: t.steps?.[s.id] ?? s.caption })),
		glossary: story.glossary.map((g) => ({ ...g, ...t.glossary?.[g.id] }))
	};
}

/**
 * The story texts a translation leaves in English, as "story/<part>" paths (e.g.
 * "story/steps/remark"), and the ids it translates that the story does not have.
 */
export function storyTranslationReport(
	story: StoryFile,
	t: StoryTranslation | undefined
): { missing: string[]; unknown: string[] } {
	const missing: string[] = [];
	if (!t?.title) missing.push('story/title');
	if (!t?.intro) missing.push('story/intro');
	for (const s of story.steps) if (!t?.steps?.[s.id]) missing.push(`story/steps/${s.id}`);
	for (const g of story.glossary) if (!t?.glossary?.[g.id]) missing.push(`story/glossary/${g.id}`);
	const steps = new Set(story.steps.map((s) => s.id));
	const terms = new Set(story.glossary.map((g) => g.id));
	const unknown = [
		...Object.keys(t?.steps ?? {})
			.filter((id) => !steps.has(id))
			.map((id) => `story/steps/${id}`),
		...Object.keys(t?.glossary ?? {})
			.filter((id) => !terms.has(id))
			.map((id) => `story/glossary/${id}`)
	];
	return { missing, unknown };
}
