import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importFilterExpression } from '../../../../src/lib/core/import/importExpressions';
import {
	importedFeaturesAt,
	importShownAt
} from '../../../../src/lib/core/import/importedFeaturesAt';
import { STATE } from '../../../../src/lib/core/style/timeExpressions';
import { StyleEval } from '../style/styleEval';

const T0 = Date.UTC(2025, 11, 29);
const HOUR = 3_600_000;

describe('importShownAt', () => {
	it('importShownAt() decides as importFilterExpression does on the map', () => {
		const style = new StyleEval();
		const key = 'import-x-t-0';
		const drawn = style.filter(importFilterExpression(key));
		const time = fc.option(
			fc.integer({ min: -48, max: 48 }).map((h) => T0 + h * HOUR),
			{
				nil: undefined
			}
		);
		fc.assert(
			fc.property(
				time,
				time,
				fc.integer({ min: -48, max: 48 }).map((h) => T0 + h * HOUR),
				fc.constantFrom(0, HOUR, 24 * HOUR),
				(s, e, t, windowMs) => {
					style.set({ [key]: t, [STATE.windowMs]: windowMs });
					const props: Record<string, unknown> = {};
					if (s !== undefined) props.s = s;
					if (s !== undefined && e !== undefined) props.e = e;
					const js = importShownAt(
						s ?? Number.NaN,
						s !== undefined && e !== undefined ? e : Number.NaN,
						t,
						windowMs
					);
					expect(js).toBe(drawn(props));
				}
			)
		);
	});
});

describe('importedFeaturesAt', () => {
	it('importedFeaturesAt() keeps the points started by the time, tagged with the dataset', () => {
		const features = importedFeaturesAt(
			{
				id: 'import-abc',
				name: 'Sightings',
				mapping: { lat: 'lat', lon: 'lon', time: 'time', end: null, category: null, name: null },
				points: {
					count: 2,
					lon: new Float64Array([119.8, 121.9]),
					lat: new Float64Array([24.5, 25.1]),
					start: new Float64Array([T0, T0 + 10 * HOUR]),
					end: new Float64Array([Number.NaN, Number.NaN]),
					category: new Int32Array([-1, -1]),
					categories: [],
					names: null,
					properties: { columns: [], values: [] }
				},
				shapes: []
			},
			T0 + HOUR,
			0
		);
		expect(features.map((f) => f.geometry)).toEqual([
			{ type: 'Point', coordinates: [119.8, 24.5] }
		]);
		expect(features[0]!.properties).toMatchObject({
			dataset: 'import-abc',
			dataset_name: 'Sightings'
		});
	});
});
