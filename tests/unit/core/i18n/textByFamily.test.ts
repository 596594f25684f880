import { describe, expect, it } from 'vitest';
import { textByFamily } from '../../../../src/lib/core/i18n/textByFamily';

const STACK = '"Noto Sans", "Noto Sans TC UI", "Noto Sans TC", sans-serif';
const HELD = { 'Noto Sans': 'A ', 'Noto Sans TC UI': '台' };

describe('textByFamily()', () => {
	it('gives each family only the characters no family before it holds', () => {
		expect(textByFamily(STACK, HELD, 'A台灣')).toEqual([
			['Noto Sans', 'A台灣'],
			['Noto Sans TC UI', '台灣'],
			['Noto Sans TC', '灣']
		]);
	});

	it('leaves out a family with no character left to draw', () => {
		expect(textByFamily(STACK, HELD, 'A台').map(([family]) => family)).toEqual([
			'Noto Sans',
			'Noto Sans TC UI'
		]);
	});

	it('gives a family of unknown characters, and those after it, all that is left', () => {
		expect(textByFamily('"X", "Y", "Noto Sans"', HELD, 'A台')).toEqual([
			['X', 'A台'],
			['Y', 'A台'],
			['Noto Sans', 'A台']
		]);
	});

	it('leaves out generic families', () => {
		expect(textByFamily('serif, "Noto Sans", sans-serif', HELD, 'A')).toEqual([['Noto Sans', 'A']]);
	});

	it('counts each character once', () => {
		expect(textByFamily('"Noto Sans"', HELD, 'AAA')).toEqual([['Noto Sans', 'A']]);
	});
});
