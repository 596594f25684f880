/**
 * The encoding an import is asked to read a file in, from the one its preview read it in: none
 * for UTF-8 and UTF-16, which the import then sniffs again and reads strictly, refusing bytes that
 * are not text with the line they are on (a large file's preview reads only its head, so the
 * rest is checked here); a legacy encoding (e.g. "big5") as chosen.
 * @example encodingForImport('utf-8') // undefined
 */
export function encodingForImport(previewed: string | undefined): string | undefined {
	return previewed === undefined || /^utf-(8|16)/i.test(previewed) ? undefined : previewed;
}
