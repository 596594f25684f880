import { zoneInTime } from '../time/shownAt';

/** The timing of one zone, as normalizeZones gives it. */
export interface ZoneTiming {
	exercise: string;
	announced_ts: number;
	end_ts: number;
}

/**
 * The exercise whose zones the map shows at time `t` (announced, and not ended longer ago than
 * the map keeps ended zones), or null. Same rule as the zone layer's global-state filter.
 * @example activeExercise(zones, Date.parse('2025-12-30T10:00:00+08:00')) // 'jm2025'
 */
export function activeExercise(zones: readonly ZoneTiming[], t: number): string | null {
	return zones.find((z) => zoneInTime(z, t))?.exercise ?? null;
}
