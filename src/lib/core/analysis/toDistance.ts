import { KM_PER_NM, type Distance } from './types';

/**
 * Expresses a length given in kilometres in both kilometres and nautical miles (1 nm = 1.852 km
 * exactly). Nothing is rounded.
 *
 * @param {number} km length in kilometres
 * @returns {Distance} the same length as `{ km, nm }`
 * @example
 * const d = toDistance(18.52);
 * //=d is { km: 18.52, nm: 10 }
 */
export function toDistance(km: number): Distance {
	return { km, nm: km / KM_PER_NM };
}
