import { describe, expect, it } from 'vitest';
import { wholeLines } from '../../../../src/lib/core/import/wholeLines';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b);

describe('wholeLines()', () => {
	it('wholeLines() cuts after the last line feed', () => {
		expect(text(wholeLines(bytes('a,b\n1,2\n3,')))).toBe('a,b\n1,2\n');
	});

	it('wholeLines() keeps every byte when there is no line feed', () => {
		expect(text(wholeLines(bytes('a,b,c')))).toBe('a,b,c');
	});

	it('wholeLines() never splits a multi-byte character, wherever past the first line the head is cut', () => {
		const full = bytes('名稱,緯度\n台北,25.03\n基隆,25.13\n');
		for (let n = full.indexOf(10) + 1; n <= full.length; n++) {
			expect(() => text(wholeLines(full.subarray(0, n))), `cut at ${n}`).not.toThrow();
		}
	});
});
