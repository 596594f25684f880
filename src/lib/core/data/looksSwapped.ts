/** The part of the world this project's features are expected in (lon 100-140E, lat 0-45N). */
export const PROJECT_REGION = { minLon: 100, maxLon: 140, minLat: 0, maxLat: 45 } as const;

function inRegion(lon: number, lat: number): boolean {
	const r = PROJECT_REGION;
	return lon >= r.minLon && lon <= r.maxLon && lat >= r.minLat && lat <= r.maxLat;
}

/**
 * True when a position written as [lon, lat] looks like it was written as [lat, lon]: its second
 * value cannot be a latitude while its first could be, or read the other way round it would fall
 * in the project region (100-140E, 0-45N) while as written it does not.
 * @example looksSwapped([25.04, 121.57]) // true
 */
export function looksSwapped(position: readonly number[]): boolean {
	const [a, b] = position;
	if (typeof a !== 'number' || typeof b !== 'number') return false;
	if (Math.abs(a) <= 90 && Math.abs(b) > 90 && Math.abs(b) <= 180) return true;
	return !inRegion(a, b) && inRegion(b, a);
}
