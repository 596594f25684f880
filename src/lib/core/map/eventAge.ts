import { EVENT_FADE_MS, STATE } from '../style/timeExpressions';
import { eventInTime } from '../time/shownAt';

/**
 * The feature-state key the story's event layers read: the event's age in days at the map's
 * time, or null when the event is not drawn then (see eventAge).
 */
export const EVENT_AGE = 'age';

/** The global-state keys eventAge reads: a state that moves none of them changes no age. */
export const EVENT_AGE_KEYS = [STATE.eventT, STATE.ageT, STATE.windowMs] as const;

const DAY_MS = 86_400_000;

/**
 * A story event's `age` feature state at a map's global state: null when the event is not
 * drawn (after `eventT`, or outside the moving window), else its age at `ageT` in days, from 0
 * to the fade's end. The layers draw from it what eventFilterExpression and
 * eventAgeDaysExpression draw for a chunk of a large event set from the global state itself; a
 * feature state is applied on the main thread, where a global-state key a layer's filter or
 * data-driven paint reads has its source's tiles laid out again in MapLibre's worker.
 * @example eventAge({ ts: 0 }, { eventT: 86_400_000, ageT: 86_400_000, windowMs: 0 }) // 1
 */
export function eventAge(
	props: Record<string, unknown>,
	state: Record<string, unknown>
): number | null {
	const ts = props.ts;
	if (typeof ts !== 'number') return null;
	if (!eventInTime(ts, Number(state[STATE.eventT]), Number(state[STATE.windowMs]))) return null;
	const days = (Number(state[STATE.ageT]) - ts) / DAY_MS;
	return Math.min(Math.max(days, 0), EVENT_FADE_MS / DAY_MS);
}

/**
 * Whether a story event's `age` feature state (as eventAge gives it) has it drawn: what the
 * pointer and anything querying the map's features keep of the story's events.
 * @example isDrawnAge(0.5) // true
 */
export function isDrawnAge(age: unknown): age is number {
	return typeof age === 'number' && age >= 0;
}
