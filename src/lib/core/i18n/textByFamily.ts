/** A CSS generic family: no @font-face to load. */
const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

/**
 * Splits the text to draw among the families of a CSS font family list, for document.fonts.load,
 * which would otherwise load every family's faces that cover any of the text: each family gets
 * only the characters that no family before it is known to hold (`held`, by family name). A
 * family whose characters are not known (a whole face in unicode-range slices) gets all that is
 * left, as does every family after it. Families given no character, and generic ones, are left
 * out.
 * @example textByFamily('"Noto Sans", "Noto Sans TC UI", "Noto Sans TC", sans-serif',
 *   { 'Noto Sans': 'A', 'Noto Sans TC UI': '台' }, 'A台灣')
 *   // [['Noto Sans', 'A台灣'], ['Noto Sans TC UI', '台灣'], ['Noto Sans TC', '灣']]
 */
export function textByFamily(
	fontFamily: string,
	held: Readonly<Record<string, string>>,
	text: string
): [family: string, text: string][] {
	let left = [...new Set(text)];
	const out: [string, string][] = [];
	for (const name of fontFamily.split(',')) {
		const family = name.trim().replace(/^["']|["']$/g, '');
		if (!family || GENERIC.has(family) || !left.length) continue;
		out.push([family, left.join('')]);
		const has = held[family];
		if (has !== undefined) left = left.filter((ch) => !has.includes(ch));
	}
	return out;
}
