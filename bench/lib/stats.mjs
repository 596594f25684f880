// Small number helpers shared by the benchmark's measurements.

/**
 * Median, spread and extremes of a sample: `spread` is the interquartile range divided by the
 * median (0.1 = the middle half of the runs lies within 10% of the median).
 * @param {number[]} xs
 */
export function stats(xs) {
	const s = [...xs].sort((a, b) => a - b);
	const at = (/** @type {number} */ q) => {
		const i = (s.length - 1) * q;
		const lo = Math.floor(i);
		return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
	};
	const median = at(0.5);
	return {
		median,
		min: s[0],
		max: s[s.length - 1],
		q1: at(0.25),
		q3: at(0.75),
		spread: median ? (at(0.75) - at(0.25)) / median : 0,
		n: s.length
	};
}

/** Rounds to `d` decimals. */
export const round = (/** @type {number} */ x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * The median of each numeric field over a list of records with the same fields (nested
 * objects of numbers included), for per-run cost breakdowns.
 * @param {Record<string, any>[]} records
 * @returns {Record<string, any>}
 */
export function medianOf(records) {
	/** @type {Record<string, any>} */
	const out = {};
	const keys = new Set(records.flatMap((r) => Object.keys(r)));
	for (const k of keys) {
		const vals = records.map((r) => r[k]).filter((v) => v !== undefined);
		if (vals.every((v) => typeof v === 'number')) out[k] = stats(vals).median;
		else if (vals.every((v) => v && typeof v === 'object')) out[k] = medianOf(vals);
	}
	return out;
}
