import { describe, expect, it } from 'vitest';
import { splitCsv } from '../../../../src/lib/core/import/splitCsv';

describe('splitCsv', () => {
	it('splitCsv() cuts at the first line break after the middle and repeats the header', () => {
		const text = 'lat,lon\n1,2\n3,4\n5,6\n7,8\n';
		const halves = splitCsv(text, undefined, 0);
		expect(halves).toEqual({
			first: 'lat,lon\n1,2\n3,4\n',
			second: 'lat,lon\n5,6\n7,8\n',
			delimiter: ',',
			newline: '\n'
		});
	});

	it('splitCsv() gives both halves the delimiter and line break guessed from the head', () => {
		const text = 'lat\tlon\r\n1\t2\r\n3\t4\r\n5\t6\r\n';
		const halves = splitCsv(text, undefined, 0);
		expect([halves?.delimiter, halves?.newline]).toEqual(['\t', '\r\n']);
		expect(halves?.second).toBe('lat\tlon\r\n3\t4\r\n5\t6\r\n');
	});

	it('splitCsv() refuses a text with a quote, whose line breaks may be inside a cell', () => {
		expect(splitCsv('lat,lon,name\n1,2,a\n3,4,"b\nc"\n5,6,d\n', undefined, 0)).toBeNull();
	});

	it('splitCsv() refuses a text shorter than minChars', () => {
		expect(splitCsv('lat,lon\n1,2\n3,4\n', undefined, 1000)).toBeNull();
	});

	it('splitCsv() refuses a text whose middle has no line break after it', () => {
		expect(splitCsv(`lat,lon\n1,${'2'.repeat(100)}`, undefined, 0)).toBeNull();
	});
});
