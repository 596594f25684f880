import type { Size } from './types';

/** An output size after the GPU's limit: the size to draw and whether it had to shrink. */
export interface FittedSize extends Size {
	reduced: boolean;
}

/**
 * Shrinks a size, keeping its aspect ratio, so neither side exceeds `maxSide` (the GPU's largest
 * drawable canvas); returns it unchanged when it fits.
 * @example fitToLimit({ width: 16384, height: 8192 }, 8192) // { width: 8192, height: 4096, reduced: true }
 */
export function fitToLimit(size: Size, maxSide: number): FittedSize {
	const factor = Math.min(1, maxSide / size.width, maxSide / size.height);
	if (factor >= 1) return { width: size.width, height: size.height, reduced: false };
	return {
		width: Math.max(1, Math.floor(size.width * factor)),
		height: Math.max(1, Math.floor(size.height * factor)),
		reduced: true
	};
}
