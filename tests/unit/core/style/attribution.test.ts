import { describe, expect, it } from 'vitest';
import {
	attributionHtml,
	attributionText,
	CREDITS
} from '../../../../src/lib/core/style/attribution';

describe('attribution', () => {
	it('attributionText() names every licence that requires credit', () => {
		const text = attributionText();
		for (const needed of [
			'OpenStreetMap',
			'ODbL',
			'Natural Earth',
			'MARNET',
			'EUPL-1.2',
			'World Port Index'
		]) {
			expect(text).toContain(needed);
		}
	});

	it('attributionHtml() links out with rel="noopener noreferrer"', () => {
		for (const c of CREDITS) expect(attributionHtml(c)).toContain('rel="noopener noreferrer"');
	});
});
