// subset-font (used by scripts/build-ui-fonts.ts) ships no type declarations: the part used.
declare module 'subset-font' {
	/** Options of subset-font 2.x: the output format and what of the font to keep. */
	interface SubsetOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
		keepFeatures?: readonly string[];
		noLayoutClosure?: boolean;
		noHinting?: boolean;
		preserveNameIds?: readonly number[];
		dropTables?: readonly string[];
	}
	/** A font (TTF, WOFF or WOFF2) cut down to the glyphs of the characters in `text`. */
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: SubsetOptions
	): Promise<Buffer>;
}
