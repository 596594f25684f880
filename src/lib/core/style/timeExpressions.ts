import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * Global-state keys the time filter reads. The slider writes them with `setGlobalStateProperty`,
 * so a tick costs one property update instead of a `setData` (see README, Architecture).
 */
export const STATE = {
	/** The current time, epoch milliseconds (UTC). */
	t: 't',
	/**
	 * The time the drill-zone layers read: the current time held at the last moment a zone's
	 * drawing changed (core/time/heldTimes), so a tick between two such moments reloads nothing.
	 */
	zoneT: 'zoneT',
	/** The time the story events' filter reads: held at the last moment an event came or went. */
	eventT: 'eventT',
	/** The time the story events' age (size) reads: held once every drawn event is fully faded. */
	ageT: 'ageT',
	/** The moving window in milliseconds; 0 means cumulative (everything up to `t`). */
	windowMs: 'windowMs',
	/** Whether the comparison exercise (August 2022) is drawn regardless of time. */
	compare: 'compare',
	/** The label language: picks each label layer's font stack and the style's own words. */
	lang: 'lang'
} as const;

/** How long an ended exercise's zones stay on the map, drawn as "ended", after their end. */
export const ENDED_ZONE_KEEP_MS = 45 * 86_400_000;

const zoneT: ExpressionSpecification = ['global-state', STATE.zoneT];

/** A zone's state at the current time: `future`, `announced`, `active` or `ended`. */
export function zoneStateExpression(): ExpressionSpecification {
	return [
		'case',
		['<', zoneT, ['get', 'announced_ts']],
		'future',
		['<', zoneT, ['get', 'start_ts']],
		'announced',
		['<', zoneT, ['get', 'end_ts']],
		'active',
		'ended'
	];
}

/**
 * Which zones are drawn: those announced and not long ended at the current time, plus the
 * comparison exercise's zones when the comparison overlay is on.
 */
export function zoneFilterExpression(compareExercise: string): ExpressionSpecification {
	return [
		'any',
		[
			'all',
			['>=', zoneT, ['get', 'announced_ts']],
			['<', ['-', zoneT, ['get', 'end_ts']], ENDED_ZONE_KEEP_MS]
		],
		[
			'all',
			['to-boolean', ['global-state', STATE.compare]],
			['==', ['get', 'exercise'], compareExercise]
		]
	];
}

/** After this age an event is drawn at its faded, final size and opacity. */
export const EVENT_FADE_MS = 3 * 86_400_000;

/**
 * Which events are drawn: up to the time, and within the moving window when one is set. `key`
 * names the global-state time it reads: `eventT`, or a chunk's own key (see chunkTimes).
 */
export function eventFilterExpression(key: string = STATE.eventT): ExpressionSpecification {
	const now: ExpressionSpecification = ['global-state', key];
	const windowMs: ExpressionSpecification = ['global-state', STATE.windowMs];
	return [
		'all',
		['<=', ['get', 'ts'], now],
		['any', ['<=', windowMs, 0], ['>', ['get', 'ts'], ['-', now, windowMs]]]
	];
}

/**
 * An event's age in days at the time `key` names, capped at EVENT_FADE_MS so an old event's
 * look no longer depends on the time (which lets chunkTimes freeze old chunks).
 */
export function eventAgeDaysExpression(key: string = STATE.ageT): ExpressionSpecification {
	return [
		'min',
		['/', ['-', ['global-state', key], ['get', 'ts']], 86_400_000],
		EVENT_FADE_MS / 86_400_000
	];
}
