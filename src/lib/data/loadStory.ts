import storyUrl from '../../../data/story.json?url';
import worldUrl from '../../../data/basemap/world.geojson?url';
import type { FeatureCollection } from 'geojson';
import * as v from 'valibot';
import { StorySchema, type StoryFile } from '../core/data/storySchema';

/**
 * Fetches data/story.json and validates it. Loaded when the story is first opened, not at start.
 */
export async function loadStory(): Promise<StoryFile> {
	const res = await fetch(storyUrl);
	if (!res.ok) throw new Error(`story.json could not be read (HTTP ${res.status})`);
	const result = v.safeParse(StorySchema, await res.json());
	if (!result.success) {
		const issue = result.issues[0];
		const path = issue ? v.getDotPath(issue) : '';
		throw new Error(`story.json does not validate (${path}: ${issue?.message ?? 'invalid'})`);
	}
	return result.output;
}

/** Fetches the world land polygons (data/basemap/world.geojson) for the story's inset locator. */
export async function loadInsetWorld(): Promise<FeatureCollection> {
	const res = await fetch(worldUrl);
	if (!res.ok) throw new Error(`world.geojson could not be read (HTTP ${res.status})`);
	return (await res.json()) as FeatureCollection;
}
