import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoryFile } from '../../../src/lib/core/data/storySchema';
import { Story } from '../../../src/lib/state/Story.svelte';

const file = JSON.parse(readFileSync('data/story.json', 'utf8')) as StoryFile;
const loaded = () => {
	const s = new Story();
	s.setStory(file);
	return s;
};

describe('Story', () => {
	it('start() opens on the opening screen with step "intro"', () => {
		const s = loaded();
		expect(s.step).toBeNull();
		expect(s.start()).toBeNull();
		expect(s.step).toBe('intro');
		expect(s.hasPrevious).toBe(false);
	});

	it('start(id) opens at that step, an unknown id at the opening screen', () => {
		const s = loaded();
		expect(s.start('live-fire')?.event).toBe('jm2025-live-fire');
		expect(s.step).toBe('live-fire');
		expect(s.start('nope')).toBeNull();
		expect(s.step).toBe('intro');
	});

	it('next() walks every step in order and returns null after the last', () => {
		const s = loaded();
		s.start();
		const seen: string[] = [];
		for (let step = s.next(); step; step = s.next()) seen.push(step.id);
		expect(seen).toEqual(file.steps.map((x) => x.id));
		expect(s.hasNext).toBe(false);
		expect(s.next()).toBeNull();
		expect(s.step).toBe(file.steps.at(-1)!.id);
	});

	it('previous() goes back to the opening screen, then stops', () => {
		const s = loaded();
		s.start(file.steps[0]!.id);
		expect(s.previous()).toBeNull();
		expect(s.step).toBe('intro');
		expect(s.hasPrevious).toBe(false);
	});

	it('close() hides the story and clears the URL step', () => {
		const s = loaded();
		s.start('live-fire');
		s.close();
		expect(s.current).toBeNull();
		expect(s.step).toBeNull();
	});

	it('terms are the glossary entries of the step shown', () => {
		const s = loaded();
		s.start('median-line');
		expect(s.terms.map((t) => t.term)).toEqual(['Median line', 'ADIZ']);
	});

	it('cameraOf() gives the bounds of the step camera', () => {
		const s = loaded();
		const step = s.start('live-fire')!;
		expect(s.cameraOf(step)).toEqual(file.cameras[step.camera]!.bounds);
	});
});
