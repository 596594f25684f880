/**
 * Rounds a figure to a number of significant figures, for areas computed from exact corners,
 * whose uncertainty is the Earth model and the edge convention (rhumb line or great circle),
 * well below 0.5% for the zones here.
 *
 * @param {number} value the figure
 * @param {number} [digits=3] significant figures, an integer from 1 to 15
 * @returns {number} the rounded figure, free of floating-point tails (0 stays 0)
 * @example
 * roundSignificant(12308.78); //=12300
 * roundSignificant(0.0123456, 2); //=0.012
 */
export function roundSignificant(value: number, digits = 3): number {
	if (!Number.isInteger(digits) || digits < 1 || digits > 15) {
		throw new RangeError(`roundSignificant: digits must be an integer from 1 to 15, got ${digits}`);
	}
	if (value === 0 || !Number.isFinite(value)) return value;
	return Number(value.toPrecision(digits)) + 0;
}
