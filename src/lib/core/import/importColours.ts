/**
 * Colours for imported data: six of the eight colours of Okabe and Ito's palette, chosen to stay
 * distinguishable with the common colour-vision deficiencies (M. Okabe and K. Ito, "Color
 * Universal Design", 2002, revised 2008, https://jfly.uni-koeln.de/color/), without its black and
 * yellow, which vanish against labels and land.
 */
export const IMPORT_COLOURS = [
	'#0072b2',
	'#d55e00',
	'#009e73',
	'#cc79a7',
	'#56b4e9',
	'#e69f00'
] as const;

/** The colour for the n-th imported dataset (cycling through IMPORT_COLOURS). */
export function datasetColour(n: number): string {
	return IMPORT_COLOURS[
		((n % IMPORT_COLOURS.length) + IMPORT_COLOURS.length) % IMPORT_COLOURS.length
	]!;
}

/** One colour per category, in category order (cycling when there are more than six). */
export function categoryColours(count: number): string[] {
	return Array.from({ length: count }, (_, i) => datasetColour(i));
}
