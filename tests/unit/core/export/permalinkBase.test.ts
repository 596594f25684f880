import { describe, expect, it } from 'vitest';
import { permalinkBase } from '../../../../src/lib/core/export/permalinkBase';

const LOCAL = 'http://127.0.0.1:4173/#t=2025-12-30T00:00:00Z&map=6/23.7/120.9';

describe('permalinkBase()', () => {
	it('permalinkBase() puts the page hash on the public base URL', () => {
		expect(permalinkBase(LOCAL, 'https://atlas.example.org/strait/')).toBe(
			'https://atlas.example.org/strait/#t=2025-12-30T00:00:00Z&map=6/23.7/120.9'
		);
	});

	it('permalinkBase() drops a hash written into the public base URL', () => {
		expect(permalinkBase('http://x/#t=1', 'https://atlas.example.org/#old')).toBe(
			'https://atlas.example.org/#t=1'
		);
	});

	it('permalinkBase() without a public base URL keeps the page address', () => {
		expect(permalinkBase(LOCAL)).toBe(LOCAL);
		expect(permalinkBase(LOCAL, '')).toBe(LOCAL);
	});

	it('permalinkBase() ignores a base that is not an http(s) URL', () => {
		expect(permalinkBase(LOCAL, 'javascript:alert(1)')).toBe(LOCAL);
		expect(permalinkBase(LOCAL, 'not a url')).toBe(LOCAL);
	});
});
