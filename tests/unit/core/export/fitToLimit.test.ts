import { describe, expect, it } from 'vitest';
import { fitToLimit } from '../../../../src/lib/core/export/fitToLimit';

describe('fitToLimit()', () => {
	it('fitToLimit() leaves a size that fits unchanged', () => {
		expect(fitToLimit({ width: 3840, height: 2160 }, 8192)).toEqual({
			width: 3840,
			height: 2160,
			reduced: false
		});
	});
	it('fitToLimit() shrinks to the largest size that fits, keeping the aspect ratio', () => {
		expect(fitToLimit({ width: 3840, height: 2160 }, 2048)).toEqual({
			width: 2048,
			height: 1152,
			reduced: true
		});
	});
	it('fitToLimit() is limited by the longer side of a portrait size', () => {
		expect(fitToLimit({ width: 1080, height: 1350 }, 1000)).toEqual({
			width: 800,
			height: 1000,
			reduced: true
		});
	});
});
