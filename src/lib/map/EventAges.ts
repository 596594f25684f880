import type { Map as MlMap } from 'maplibre-gl';
import { EVENT_AGE, EVENT_AGE_KEYS, eventAge } from '../core/map/eventAge';
import { SOURCE } from '../core/style/ids';
import type { EventPlan } from '../core/time/planEventChunks';

/**
 * Keeps the story events' `age` feature state (core/map/eventAge) in step with a map's global
 * state, setting only the events whose state changed. A chunked event set draws from the
 * global state alone and has none.
 */
export class EventAges {
	/** The story's events as the map draws them: id (`properties.id`) and properties. */
	#events: { id: string; props: Record<string, unknown> }[] = [];
	/** Each story event's state as last set on the map. */
	#set = new Map<string, number | null>();
	/** The global-state keys eventAge reads, as at the last apply; null once the plan changes. */
	#at: string | null = null;

	/** The events of `plan` when it draws the story's events (no chunks), else none. */
	setPlan(plan: EventPlan | null | undefined): void {
		const story = plan && !plan.chunks.length ? (plan.parts[0]?.features ?? []) : [];
		this.#events = story.flatMap((f) => {
			const props = (f.properties ?? {}) as Record<string, unknown>;
			// The source promotes `properties.id` to the feature id: an event without one has no state.
			const id = props.id;
			return id === undefined || id === null ? [] : [{ id: String(id), props }];
		});
		// The plan's features may be new objects or the source new: every state is set again.
		this.#set.clear();
		this.#at = null;
	}

	/** Sets on `map` each story event's state at the global `state` that differs from the last. */
	apply(map: MlMap, state: Record<string, unknown>): void {
		if (!this.#events.length || !map.getSource(SOURCE.events)) return;
		// A step that moves none of the times the ages read (most do not, being held) changes none.
		const at = EVENT_AGE_KEYS.map((k) => state[k]).join('|');
		if (at === this.#at) return;
		this.#at = at;
		for (const { id, props } of this.#events) {
			const age = eventAge(props, state);
			if (this.#set.has(id) && this.#set.get(id) === age) continue;
			this.#set.set(id, age);
			map.setFeatureState({ source: SOURCE.events, id }, { [EVENT_AGE]: age });
		}
	}
}
