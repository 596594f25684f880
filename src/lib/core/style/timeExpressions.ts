import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * Global-state keys the time filter reads. The slider writes them with `setGlobalStateProperty`,
 * so a tick costs one property update instead of a `setData` (see README, Architecture).
 */
export const STATE = {
	/** The current time, epoch milliseconds (UTC). */
	t: 't',
	/** The moving window in milliseconds; 0 means cumulative (everything up to `t`). */
	windowMs: 'windowMs',
	/** Whether the comparison exercise (August 2022) is drawn regardless of time. */
	compare: 'compare'
} as const;

/** How long an ended exercise's zones stay on the map, drawn as "ended", after their end. */
export const ENDED_ZONE_KEEP_MS = 45 * 86_400_000;

const t: ExpressionSpecification = ['global-state', STATE.t];

/** A zone's state at the current time: `future`, `announced`, `active` or `ended`. */
export function zoneStateExpression(): ExpressionSpecification {
	return [
		'case',
		['<', t, ['get', 'announced_ts']],
		'future',
		['<', t, ['get', 'start_ts']],
		'announced',
		['<', t, ['get', 'end_ts']],
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
			['>=', t, ['get', 'announced_ts']],
			['<', ['-', t, ['get', 'end_ts']], ENDED_ZONE_KEEP_MS]
		],
		[
			'all',
			['to-boolean', ['global-state', STATE.compare]],
			['==', ['get', 'exercise'], compareExercise]
		]
	];
}

/** Which events are drawn: up to `t`, and within the moving window when one is set. */
export function eventFilterExpression(): ExpressionSpecification {
	const windowMs: ExpressionSpecification = ['global-state', STATE.windowMs];
	return [
		'all',
		['<=', ['get', 'ts'], t],
		['any', ['<=', windowMs, 0], ['>', ['get', 'ts'], ['-', t, windowMs]]]
	];
}

/** An event's age at the current time in days, for fading older events. */
export function eventAgeDaysExpression(): ExpressionSpecification {
	return ['/', ['-', t, ['get', 'ts']], 86_400_000];
}
