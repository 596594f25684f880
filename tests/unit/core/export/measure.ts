import type { Measure } from '../../../../src/lib/core/export/types';

/** A stand-in for canvas measureText: a fixed advance per character (bold a little wider). */
export const measure: Measure = (text, size, weight) =>
	text.length * size * (weight === 700 ? 0.6 : 0.55);
