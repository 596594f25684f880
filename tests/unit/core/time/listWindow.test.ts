import { describe, expect, it } from 'vitest';
import { listWindow } from '../../../../src/lib/core/time/listWindow';

describe('listWindow()', () => {
	it('listWindow() renders a short list whole', () => {
		expect(listWindow(20, 3, 200)).toEqual([0, 20]);
	});

	it('listWindow() centres a long list on the item', () => {
		expect(listWindow(12_000, 5_000, 200)).toEqual([4_900, 5_100]);
	});

	it('listWindow() keeps the window inside the list at either end', () => {
		expect(listWindow(12_000, 3, 200)).toEqual([0, 200]);
		expect(listWindow(12_000, 11_990, 200)).toEqual([11_800, 12_000]);
		expect(listWindow(12_000, -1, 200)).toEqual([0, 200]);
	});
});
