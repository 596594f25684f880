/**
 * The slice of a long list to render around one item: at most `max` items, with `index` inside
 * (centred where the ends allow). A list of up to `max` items is rendered whole.
 * @example listWindow(12_000, 5_000, 200) // [4900, 5100]
 */
export function listWindow(length: number, index: number, max: number): [number, number] {
	if (length <= max) return [0, length];
	const at = Math.min(Math.max(index, 0), length - 1);
	const start = Math.min(Math.max(0, at - Math.floor(max / 2)), length - max);
	return [start, start + max];
}
