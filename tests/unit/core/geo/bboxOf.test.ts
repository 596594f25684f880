import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { bboxOf } from '../../../../src/lib/core/geo/bboxOf';

describe('bboxOf()', () => {
	it('bboxOf() spans points and polygons together', () => {
		const g: Geometry[] = [
			{ type: 'Point', coordinates: [121, 25] },
			{
				type: 'Polygon',
				coordinates: [
					[
						[118, 22],
						[119, 22],
						[119, 23],
						[118, 22]
					]
				]
			}
		];
		expect(bboxOf(g)).toEqual([
			[118, 22],
			[121, 25]
		]);
	});

	it('bboxOf() of nothing is null', () => {
		expect(bboxOf([])).toBeNull();
	});
});
