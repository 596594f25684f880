import { describe, expect, it } from 'vitest';
import { encodingForImport } from '../../../../src/lib/core/import/encodingForImport';

describe('encodingForImport()', () => {
	it('encodingForImport() leaves UTF-8 and UTF-16 to be sniffed again, strictly', () => {
		for (const e of ['utf-8', 'UTF-8', 'utf-16', 'utf-16le', 'utf-16be', undefined]) {
			expect(encodingForImport(e), String(e)).toBeUndefined();
		}
	});

	it('encodingForImport() keeps a legacy encoding the preview was read in', () => {
		expect(encodingForImport('big5')).toBe('big5');
		expect(encodingForImport('shift_jis')).toBe('shift_jis');
	});
});
