import { ENDED_ZONE_KEEP_MS } from '../style/timeExpressions';

/**
 * Whether a zone's timing puts it on the map at time `t`: announced, and not ended longer ago
 * than the map keeps ended zones. The JavaScript twin of zoneFilterExpression's time test.
 * @example zoneInTime({ announced_ts: 0, end_ts: 10 }, 5) // true
 */
export function zoneInTime(zone: { announced_ts: number; end_ts: number }, t: number): boolean {
	return zone.announced_ts <= t && t - zone.end_ts < ENDED_ZONE_KEEP_MS;
}

/**
 * Whether an event at `ts` is drawn at time `t`: at or before it and, when `windowMs` > 0,
 * inside the moving window. The JavaScript twin of eventFilterExpression.
 * @example eventInTime(5, 10, 0) // true
 */
export function eventInTime(ts: number, t: number, windowMs: number): boolean {
	return ts <= t && (windowMs <= 0 || ts > t - windowMs);
}
