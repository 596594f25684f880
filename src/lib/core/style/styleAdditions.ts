import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** What a map on one style needs added to draw another that extends it. */
export interface StyleAdditions {
	/** Sources the next style has that the current one lacks, in the next style's order. */
	sources: [string, SourceSpecification][];
	/** Layers to add on top, in drawing order. */
	layers: LayerSpecification[];
	/** The next style's global state (its keys' defaults), to set before the layers go in. */
	state: Record<string, unknown>;
}

/**
 * The sources, layers and global state to add to a map drawing `current` so that it draws
 * `next`, where `next` extends `current` (its layers come first, and its sources and glyphs are
 * the same): the map keeps what it has laid out and lays out only what is new, once, with its
 * data. Throws when `next` does not extend `current`; a whole new style is the answer then.
 */
export function styleAdditions(
	current: StyleSpecification,
	next: StyleSpecification
): StyleAdditions {
	if (current.glyphs !== next.glyphs) throw new Error('styleAdditions: the glyphs differ');
	current.layers.forEach((layer, i) => {
		if (next.layers[i]?.id !== layer.id)
			throw new Error(`styleAdditions: layer ${i} is ${next.layers[i]?.id}, not ${layer.id}`);
	});
	for (const id of Object.keys(current.sources))
		if (!(id in next.sources)) throw new Error(`styleAdditions: source ${id} is gone`);
	const state = Object.fromEntries(
		Object.entries(next.state ?? {}).map(([key, spec]) => [key, spec.default])
	);
	return {
		sources: Object.entries(next.sources).filter(([id]) => !(id in current.sources)),
		layers: next.layers.slice(current.layers.length),
		state
	};
}
