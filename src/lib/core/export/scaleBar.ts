/** One scale bar: its length in pixels and its label. */
export interface ScaleBarSpec {
	width: number;
	label: string;
}

const METERS_PER_NM = 1852;

function roundNumber(n: number): number {
	const e = Math.floor(Math.log10(n));
	const d = n / 10 ** e;
	const nice = d >= 10 ? 10 : d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1;
	// Divide for negative powers so 0.3 is 0.3, not 0.30000000000000004.
	return e >= 0 ? nice * 10 ** e : nice / 10 ** -e;
}

/**
 * A scale bar no longer than `maxWidth` pixels, rounded to 1, 2, 3 or 5 times a power of ten of
 * kilometres (metres below 1 km) or nautical miles, like MapLibre's scale control.
 * @example scaleBar(1000, 100, 'metric') // { width: 100, label: '100 km' }
 */
export function scaleBar(
	metersPerPixel: number,
	maxWidth: number,
	unit: 'metric' | 'nautical'
): ScaleBarSpec {
	const maxMeters = metersPerPixel * maxWidth;
	const [unitMeters, suffix] =
		unit === 'nautical' ? [METERS_PER_NM, 'nm'] : maxMeters >= 1000 ? [1000, 'km'] : [1, 'm'];
	const distance = roundNumber(maxMeters / unitMeters);
	return {
		width: (maxWidth * distance * unitMeters) / maxMeters,
		label: `${distance} ${suffix}`
	};
}
