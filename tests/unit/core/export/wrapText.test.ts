import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../src/lib/core/export/wrapText';

// One pixel per character at size 1.
const measure = (text: string) => text.length;

describe('wrapText()', () => {
	it('wrapText() breaks at spaces, keeping lines within the width', () => {
		expect(wrapText('aaa bbb ccc dd', 7, measure, 1)).toEqual(['aaa bbb', 'ccc dd']);
	});
	it('wrapText() breaks a word longer than a line by characters', () => {
		expect(wrapText('ab https://x.org/abcdef', 6, measure, 1)).toEqual([
			'ab',
			'https:',
			'//x.or',
			'g/abcd',
			'ef'
		]);
	});
	it('wrapText() gives no line for an empty text', () => {
		expect(wrapText('  ', 10, measure, 1)).toEqual([]);
	});
});
