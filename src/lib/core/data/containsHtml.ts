const MARKUP = /<[A-Za-z/!]/;

/** True when plain text contains something that looks like HTML markup ("<" then a letter, "/" or "!"). */
export function containsHtml(text: string): boolean {
	return MARKUP.test(text);
}
