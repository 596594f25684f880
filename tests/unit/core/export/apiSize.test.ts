import { describe, expect, it } from 'vitest';
import { apiSize } from '../../../../src/lib/core/export/apiSize';
import { MAX_EXPORT_SIDE } from '../../../../src/lib/core/export/presets';

const view = { width: 1600, height: 800 };
const fallback = { width: 1920, height: 1080 };

describe('apiSize()', () => {
	it('apiSize() takes both sides as given', () => {
		expect(apiSize({ width: 300, height: 200 }, view, fallback)).toEqual({
			width: 300,
			height: 200
		});
	});

	it("apiSize() keeps the view's shape when one side is given", () => {
		expect(apiSize({ width: 800 }, view, fallback)).toEqual({ width: 800, height: 400 });
		expect(apiSize({ height: 100 }, view, fallback)).toEqual({ width: 200, height: 100 });
	});

	it('apiSize() falls back to the default preset', () => {
		expect(apiSize({}, view, fallback)).toEqual(fallback);
	});

	it('apiSize() rejects a side that is not a whole number within the limit', () => {
		expect(() => apiSize({ width: 10.5, height: 10 }, view, fallback)).toThrow(RangeError);
		expect(() => apiSize({ width: MAX_EXPORT_SIDE + 1, height: 10 }, view, fallback)).toThrow(
			/whole numbers from 1/
		);
	});
});
