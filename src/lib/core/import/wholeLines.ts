/**
 * The bytes up to and including the last line feed (all of them if there is none): the head of
 * a file cut where no character can be split, in UTF-8 and in the legacy multi-byte encodings
 * alike (no byte of a multi-byte character is 0x0A). Not for UTF-16, whose line feed is two bytes.
 * @example wholeLines(new TextEncoder().encode('a,b\n1,2\n3,')) // the bytes of 'a,b\n1,2\n'
 */
export function wholeLines(bytes: Uint8Array): Uint8Array {
	const end = bytes.lastIndexOf(10);
	return end < 0 ? bytes : bytes.subarray(0, end + 1);
}
