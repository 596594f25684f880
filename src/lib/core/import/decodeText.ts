import type { RowErrorReason } from './types';

/** The text of a file, or why it could not be read as text. */
export type DecodedText =
	{ ok: true; text: string; encoding: string } | { ok: false; reason: RowErrorReason };

/**
 * The encoding of a file from its first bytes: a byte-order mark, else UTF-16 when every other
 * byte of the start is zero (text without a mark), else UTF-8.
 */
export function sniffEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	const n = Math.min(head.length, 512) & ~1;
	if (n >= 4) {
		let evenZero = 0;
		let oddZero = 0;
		for (let i = 0; i < n; i += 2) {
			if (head[i] === 0) evenZero++;
			if (head[i + 1] === 0) oddZero++;
		}
		if (oddZero > n / 4 && evenZero === 0) return 'utf-16le';
		if (evenZero > n / 4 && oddZero === 0) return 'utf-16be';
	}
	return 'utf-8';
}

/**
 * Decodes a file's bytes as text: in `encoding` when the user chose one (e.g. "big5"), else in
 * the sniffed encoding, refusing bytes that are not valid UTF-8 with a reason saying where.
 */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
	const chosen = encoding ?? sniffEncoding(bytes.subarray(0, 512));
	try {
		const text = new TextDecoder(chosen, { fatal: encoding === undefined }).decode(bytes);
		return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding: chosen };
	} catch (e) {
		if (e instanceof RangeError) {
			return { ok: false, reason: { code: 'unknownEncoding', params: { encoding: chosen } } };
		}
		return { ok: false, reason: notUtf8Reason(bytes) };
	}
}

/**
 * Where the first byte that breaks UTF-8 is (line and byte, counted from 1), as the reason shown
 * for a file in another encoding.
 */
export function notUtf8Reason(bytes: Uint8Array): RowErrorReason {
	let lo = 0;
	let hi = bytes.length;
	const valid = (end: number) => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
			return true;
		} catch {
			return false;
		}
	};
	while (hi - lo > 1) {
		const mid = (lo + hi) >> 1;
		if (valid(mid)) lo = mid;
		else hi = mid;
	}
	const line = bytes.subarray(0, lo).reduce((n, b) => (b === 10 ? n + 1 : n), 1);
	return { code: 'notUtf8', params: { line, byte: lo + 1 } };
}
