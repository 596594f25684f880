import type { GlossaryEntry, StoryFile, StoryStep } from '../core/data/storySchema';

/**
 * The guided story: whether it is open, which step it shows (-1 is the opening screen), and
 * moving between steps. `step` (its id) is what the URL carries as `story=<id>`.
 */
export class Story {
	story = $state.raw<StoryFile | null>(null);
	open = $state(false);
	/** Index of the step shown; -1 for the opening screen. */
	index = $state(-1);

	/** The step shown, or null on the opening screen or while closed. */
	current = $derived<StoryStep | null>(this.open ? (this.story?.steps[this.index] ?? null) : null);
	/** The id of the step shown, for the URL (`story=<id>`); 'intro' on the opening screen, null when closed. */
	step = $derived<string | null>(this.open ? (this.current?.id ?? 'intro') : null);
	/** Number of steps. */
	count = $derived(this.story?.steps.length ?? 0);
	hasPrevious = $derived(this.index > -1);
	hasNext = $derived(this.index < this.count - 1);
	/** The glossary entries of the step shown. */
	terms = $derived<GlossaryEntry[]>(
		(this.current?.glossary ?? []).flatMap(
			(id) => this.story?.glossary.find((g) => g.id === id) ?? []
		)
	);

	/** Takes the validated story file. */
	setStory(story: StoryFile): void {
		this.story = story;
		this.index = Math.min(this.index, story.steps.length - 1);
	}

	/**
	 * Opens the story at a step id (from the URL), or at the opening screen when the id is
	 * missing or unknown. Returns the step shown, or null for the opening screen.
	 */
	start(id: string | null = null): StoryStep | null {
		this.open = true;
		this.index = id ? (this.story?.steps.findIndex((s) => s.id === id) ?? -1) : -1;
		return this.current;
	}

	/** Closes the story; the map keeps its last view. */
	close(): void {
		this.open = false;
	}

	/** Moves to the next step; returns it, or null when already at the last (nothing changes). */
	next(): StoryStep | null {
		if (!this.hasNext) return null;
		this.index += 1;
		return this.current;
	}

	/** Moves to the previous step (the opening screen before the first); returns the step or null. */
	previous(): StoryStep | null {
		if (!this.hasPrevious) return null;
		this.index -= 1;
		return this.current;
	}

	/** The camera box of a step, from the story's cameras. */
	cameraOf(step: StoryStep): [[number, number], [number, number]] | null {
		return this.story?.cameras[step.camera]?.bounds ?? null;
	}
}
