import { MAX_EXPORT_SIDE } from './presets';
import type { Size } from './types';

/**
 * The output size the scripting API asks for: both sides as given, one side alone keeping the
 * view's shape, or the fallback (the dialog's default preset) when neither is given. Throws a
 * RangeError naming the limit for a side that is not a whole number from 1 to MAX_EXPORT_SIDE.
 * @example apiSize({ width: 1000 }, { width: 2000, height: 1000 }, { width: 1, height: 1 }) // { width: 1000, height: 500 }
 */
export function apiSize(
	options: { width?: number; height?: number },
	view: Size,
	fallback: Size
): Size {
	const { width, height } = options;
	const size =
		width !== undefined && height !== undefined
			? { width, height }
			: width !== undefined
				? { width, height: Math.round((width * view.height) / view.width) }
				: height !== undefined
					? { width: Math.round((height * view.width) / view.height), height }
					: fallback;
	for (const side of [size.width, size.height]) {
		if (!Number.isInteger(side) || side < 1 || side > MAX_EXPORT_SIDE) {
			throw new RangeError(`Export sizes must be whole numbers from 1 to ${MAX_EXPORT_SIDE}.`);
		}
	}
	return size;
}
