import {
	createPropertyExpression,
	featureFilter,
	latest,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { EVENT_AGE, eventAge } from '../../../../src/lib/core/map/eventAge';
import { LAYER } from '../../../../src/lib/core/style/ids';
import { eventLayers } from '../../../../src/lib/core/style/layers';

/**
 * Evaluates the app's style expressions the way MapLibre does, outside a browser: each one is
 * compiled once against a global-state object that `set` then changes in place, as
 * `map.setGlobalStateProperty` does on the live map. The property tests compare the JavaScript
 * twins of the time filters with what these return.
 */
export class StyleEval {
	readonly #state: Record<string, unknown> = {};

	/**
	 * Replaces the global state (all keys) with `state`. A `t` also sets the held times the
	 * zone and story-event layers read (zoneT, eventT, ageT) to it, unless `state` gives them:
	 * the layers then draw the true time.
	 */
	set(state: Record<string, unknown>): this {
		for (const key of Object.keys(this.#state)) delete this.#state[key];
		if ('t' in state)
			Object.assign(this.#state, { zoneT: state.t, eventT: state.t, ageT: state.t });
		Object.assign(this.#state, state);
		return this;
	}

	/** The global state as it is now (changed in place by `set`). */
	get state(): Readonly<Record<string, unknown>> {
		return this.#state;
	}

	/** A layer filter compiled by `featureFilter`: whether a feature with `props` passes it. */
	filter(filter: unknown): (props: Record<string, unknown>) => boolean {
		const compiled = featureFilter(filter as never, 'filter', this.#state);
		return (props) => compiled.filter({ zoom: 6 }, feature(props));
	}

	/**
	 * A data-driven paint property compiled by `createPropertyExpression` against its own
	 * specification (e.g. `paint_circle`, `circle-radius`): its value for a feature with `props`
	 * and the feature state `state`.
	 */
	paint(
		group: string,
		property: string,
		expression: unknown
	): (props: Record<string, unknown>, state?: Record<string, unknown>) => unknown {
		const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
			group
		]![property]!;
		const parsed = createPropertyExpression(expression, property, spec, this.#state);
		if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
		const compiled = parsed.value;
		return (props, state = {}) => compiled.evaluate({ zoom: 6 }, feature(props), state);
	}
}

/** A feature as MapLibre's expression evaluator sees one (a point; geometry is not read). */
function feature(properties: Record<string, unknown>) {
	return { type: 1 as const, properties, geometry: [] };
}

/** The filter of the layer with id `id` among `layers`. */
export function layerFilter(layers: LayerSpecification[], id: string): ExpressionSpecification {
	const layer = layers.find((l) => l.id === id);
	if (!layer || !('filter' in layer) || !layer.filter) throw new Error(`no filter on ${id}`);
	return layer.filter as ExpressionSpecification;
}

/** The paint value `property` of the layer with id `id` among `layers`. */
export function layerPaint(layers: LayerSpecification[], id: string, property: string): unknown {
	const layer = layers.find((l) => l.id === id);
	const paint = (layer as { paint?: Record<string, unknown> } | undefined)?.paint;
	if (!paint || !(property in paint)) throw new Error(`no ${property} on ${id}`);
	return paint[property];
}

/**
 * How the story's event circles draw an event at `style`'s global state: null when hidden (no
 * radius), else its radius and opacity. The event's `age` feature state is what the map code
 * sets from that global state (eventAge), as on the live map and in exports.
 */
export function storyEventDrawing(
	style: StyleEval
): (props: Record<string, unknown>) => { radius: unknown; opacity: unknown } | null {
	const layers = eventLayers();
	const paint = (property: string) =>
		style.paint('paint_circle', property, layerPaint(layers, LAYER.eventsCircle, property));
	const radius = paint('circle-radius');
	const opacity = paint('circle-opacity');
	return (props) => {
		const state = { [EVENT_AGE]: eventAge(props, style.state) };
		const r = radius(props, state);
		return typeof r === 'number' && r > 0 ? { radius: r, opacity: opacity(props, state) } : null;
	};
}
