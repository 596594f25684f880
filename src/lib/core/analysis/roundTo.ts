import { KM_PER_NM } from './types';

/** The largest 1-2-5 step (…, 0.5, 1, 2, 5, 10, …) not above `x`. */
function niceStep(x: number): number {
	const p = 10 ** Math.floor(Math.log10(x) + 1e-12);
	const m = (x / p) * (1 + 1e-12); // 3.704 km / 1.852 is 2, not 1.999…
	return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}

/**
 * Rounds a distance to what its basis supports. With a basis of ±`basisKm`, the figure is known
 * to an interval `2 × basisKm` wide, so it is rounded to the largest 1-2-5 step (…, 0.5, 1, 2,
 * 5, …) not above that width in the figure's unit; the rounding then adds at most the basis
 * itself. For the coastline (±0.5 km) that is 1 km, or 0.5 nm; for World Port Index positions
 * (about 1 arc-minute, ±1.852 km) 2 km or 2 nm. Areas of exact zones use `roundSignificant`.
 *
 * @param {number} value the figure, in `unit`
 * @param {number} basisKm the ± uncertainty of the data behind the figure, in km (> 0)
 * @param {'km' | 'nm'} [unit='km'] the unit of `value` (and of the result)
 * @returns {number} the rounded figure, free of floating-point tails
 * @example
 * roundTo(9.79, 0.5); //=10 (km)
 * roundTo(5.29, 0.5, 'nm'); //=5.5
 */
export function roundTo(value: number, basisKm: number, unit: 'km' | 'nm' = 'km'): number {
	if (!(basisKm > 0) || !Number.isFinite(basisKm)) {
		throw new RangeError(`roundTo: basisKm must be a positive number, got ${basisKm}`);
	}
	const width = (2 * basisKm) / (unit === 'nm' ? KM_PER_NM : 1);
	const step = niceStep(width);
	const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
	const rounded = Math.round(value / step) * step;
	return Number(rounded.toFixed(decimals)) + 0; // + 0 turns -0 into 0
}
