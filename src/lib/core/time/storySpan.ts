/** The fields of an event the timeline needs. */
export interface TimedEvent {
	id: string;
	ts: number;
	future?: boolean;
	background?: boolean;
}

const DAY = 86_400_000;

/**
 * The slider's span: from a day before the first event of the story to a few days after the
 * last one that has happened. Background context and planned (future) events lie outside it.
 * Returns null when there is no story event (the caller keeps its own span).
 * @example storySpan(events) // [6 Nov 2025, 5 Jan 2026] in epoch ms
 */
export function storySpan(
	events: readonly TimedEvent[],
	padBeforeMs = DAY,
	padAfterMs = 3 * DAY
): [number, number] | null {
	const story = events.filter((e) => !e.future && !e.background).map((e) => e.ts);
	if (story.length === 0) return null;
	return [Math.min(...story) - padBeforeMs, Math.max(...story) + padAfterMs];
}
