import type { ExpressionSpecification } from 'maplibre-gl';
import { EVENT_FADE_MS, STATE } from '../style/timeExpressions';

/**
 * Which imported points (or shapes with `start_ts`/`end_ts`) are drawn at the time global-state
 * `key` holds: started, and, with a moving window, not ended before the window. Features without
 * a start are always drawn. `s`/`e` for chunked points, `start_ts`/`end_ts` for shapes.
 */
export function importFilterExpression(key: string, s = 's', e = 'e'): ExpressionSpecification {
	const now: ExpressionSpecification = ['global-state', key];
	const windowMs: ExpressionSpecification = ['global-state', STATE.windowMs];
	const end: ExpressionSpecification = ['to-number', ['coalesce', ['get', e], ['get', s]]];
	return [
		'any',
		['!', ['has', s]],
		[
			'all',
			['<=', ['to-number', ['get', s]], now],
			['any', ['<=', windowMs, 0], ['>', end, ['-', now, windowMs]]]
		]
	];
}

/** An imported feature's opacity: full until EVENT_FADE_MS after its end, then faded. */
export function importOpacityExpression(
	key: string,
	full: number,
	faded: number,
	s = 's',
	e = 'e'
): ExpressionSpecification {
	const end: ExpressionSpecification = ['to-number', ['coalesce', ['get', e], ['get', s], 0]];
	return [
		'case',
		['!', ['has', s]],
		full,
		['>=', ['+', end, EVENT_FADE_MS], ['global-state', key]],
		full,
		faded
	];
}

/**
 * The colour of an imported feature: one colour for the dataset, or one per category index
 * (`c`) from `categoryColours` when colouring by category.
 */
export function importColourExpression(
	colour: string,
	categoryColours: readonly string[] | null
): ExpressionSpecification | string {
	if (!categoryColours || categoryColours.length === 0) return colour;
	const pairs = categoryColours.flatMap((c, i) => [i, c]);
	return [
		'match',
		['to-number', ['get', 'c'], -1],
		...pairs,
		colour
	] as unknown as ExpressionSpecification;
}
