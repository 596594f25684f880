import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bbox } from '@turf/turf';
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

/** Any GeoJSON geometry, nested collections included, with finite positions. */
const position = fc.tuple(
	fc.double({ min: -180, max: 180, noNaN: true }),
	fc.double({ min: -85, max: 85, noNaN: true })
);
const line = fc.array(position, { minLength: 0, maxLength: 5 });
const simple: fc.Arbitrary<Geometry> = fc.oneof(
	position.map((coordinates) => ({ type: 'Point' as const, coordinates })),
	line.map((coordinates) => ({ type: 'MultiPoint' as const, coordinates })),
	line.map((coordinates) => ({ type: 'LineString' as const, coordinates })),
	fc
		.array(line, { maxLength: 3 })
		.map((coordinates) => ({ type: 'Polygon' as const, coordinates })),
	fc
		.array(line, { maxLength: 3 })
		.map((coordinates) => ({ type: 'MultiLineString' as const, coordinates })),
	fc
		.array(fc.array(line, { maxLength: 3 }), { maxLength: 3 })
		.map((coordinates) => ({ type: 'MultiPolygon' as const, coordinates }))
);
const geometry: fc.Arbitrary<Geometry> = fc.oneof(
	simple,
	fc
		.array(simple, { maxLength: 3 })
		.map((geometries) => ({ type: 'GeometryCollection' as const, geometries }))
);

describe('bboxOf() against turf', () => {
	it("bboxOf() equals turf's bbox of the same geometries", () => {
		fc.assert(
			fc.property(fc.array(geometry, { maxLength: 4 }), (geometries) => {
				const [w, s, e, n] = bbox({ type: 'GeometryCollection', geometries });
				const expected = Number.isFinite(w)
					? [
							[w, s],
							[e, n]
						]
					: null;
				expect(bboxOf(geometries)).toEqual(expected);
			})
		);
	});
});
