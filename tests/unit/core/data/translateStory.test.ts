import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoryFile } from '../../../../src/lib/core/data/storySchema';
import {
	storyTranslationReport,
	translateStory
} from '../../../../src/lib/core/data/translateStory';

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as StoryFile;
const [first, second] = story.steps;

describe('translateStory', () => {
	it('translateStory() replaces the captions it has and keeps English for the rest', () => {
		const t = translateStory(story, { steps: { [first!.id]: '第一步' } });
		expect(t.steps[0]!.caption).toBe('第一步');
		expect(t.steps[1]!.caption).toBe(second!.caption);
		expect(t.steps[0]!.event).toBe(first!.event);
	});

	it('translateStory() replaces the title, the opening screen and glossary entries', () => {
		const id = story.glossary[0]!.id;
		const t = translateStory(story, {
			title: '台灣海峽',
			intro: ['一', '二'],
			glossary: { [id]: { term: '術語', definition: '定義' } }
		});
		expect([t.title, ...t.intro]).toEqual(['台灣海峽', '一', '二']);
		expect(t.glossary[0]).toEqual({ id, term: '術語', definition: '定義' });
		expect(t.glossary[1]).toEqual(story.glossary[1]);
	});

	it('translateStory() without a translation returns the English story', () => {
		expect(translateStory(story, undefined)).toBe(story);
	});
});

describe('storyTranslationReport', () => {
	it('storyTranslationReport() lists every text left in English and ids the story lacks', () => {
		const r = storyTranslationReport(story, {
			title: 'x',
			steps: { [first!.id]: 'y', nope: 'z' },
			glossary: { gone: { term: 'a', definition: 'b' } }
		});
		expect(r.missing).toContain('story/intro');
		expect(r.missing).toContain(`story/steps/${second!.id}`);
		expect(r.missing).not.toContain(`story/steps/${first!.id}`);
		expect(r.missing).toContain(`story/glossary/${story.glossary[0]!.id}`);
		expect(r.unknown).toEqual(['story/steps/nope', 'story/glossary/gone']);
	});
});
