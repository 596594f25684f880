/**
 * The permutation that sorts points by start time, stable, untimed (NaN) last. A comparator sort
 * of a million indices takes about 0.3 s in V8; when the starts are whole milliseconds within a
 * span that lets each key carry its index exactly in a float64 ((span + 1) × n + n < 2^53: about
 * 100 days for a million points), the keys are packed with their indices and sorted natively
 * (no comparator), about 0.13 s; otherwise it falls back to the comparator.
 * @example [...startOrder(new Float64Array([3, 1, NaN, 1]))] // [1, 3, 0, 2]
 */
export function startOrder(start: Float64Array): Uint32Array {
	const n = start.length;
	let min = Infinity;
	let max = -Infinity;
	let whole = true;
	for (let i = 0; i < n; i++) {
		const s = start[i]!;
		if (Number.isNaN(s)) continue;
		if (s < min) min = s;
		if (s > max) max = s;
		if (whole && !Number.isInteger(s)) whole = false;
	}
	if (min > max) min = max = 0; // nothing timed
	const order = new Uint32Array(n);
	const last = max - min + 1; // the key of an untimed point: after every start
	if (whole && (last + 1) * n < Number.MAX_SAFE_INTEGER) {
		const packed = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			const s = start[i]!;
			packed[i] = (Number.isNaN(s) ? last : s - min) * n + i;
		}
		packed.sort();
		for (let i = 0; i < n; i++) order[i] = packed[i]! % n;
		return order;
	}
	const key = (i: number) => (Number.isNaN(start[i]!) ? Infinity : start[i]!);
	for (let i = 0; i < n; i++) order[i] = i;
	return order.sort((a, b) => key(a) - key(b) || a - b);
}
