import { KM_PER_NM, type Area } from './types';

/**
 * Expresses an area given in square kilometres in both km² and square nautical miles
 * (1 nm² = 1.852² km² = 3.429904 km²). Nothing is rounded.
 *
 * @param {number} km2 area in square kilometres
 * @returns {Area} the same area as `{ km2, nm2 }`
 * @example
 * const a = toArea(3.429904);
 * //=a is { km2: 3.429904, nm2: 1 } (to floating-point precision)
 */
export function toArea(km2: number): Area {
	return { km2, nm2: km2 / (KM_PER_NM * KM_PER_NM) };
}
