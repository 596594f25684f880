import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	insetArc,
	insetHeight,
	insetLandPath,
	insetPoint,
	PACIFIC_INSET
} from '../../../../src/lib/core/story/insetMap';

const W = 300;
const H = insetHeight(W);
/** The story's places, from data/places.geojson. */
const places = (
	JSON.parse(readFileSync('data/places.geojson', 'utf8')) as FeatureCollection
).features.map((f) => (f.geometry as { coordinates: number[] }).coordinates);

describe('insetPoint()', () => {
	it('insetPoint() puts every place of the story inside the inset, Washington included', () => {
		for (const p of places) {
			const [x, y] = insetPoint(p, W, H);
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(W);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(H);
		}
	});

	it('insetPoint() puts Washington east of Tokyo across the Pacific', () => {
		const [tokyo] = insetPoint([139.75, 35.69], W, H);
		const [washington] = insetPoint([-77.01, 38.9], W, H);
		expect(washington).toBeGreaterThan(tokyo);
	});

	it('insetPoint() maps the corners of the view to the corners of the box', () => {
		const v = PACIFIC_INSET;
		expect(insetPoint([v.west, v.north], W, H)).toEqual([0, 0]);
		expect(insetPoint([v.east - 360, v.south], W, H)).toEqual([W, H]);
	});
});

describe('insetLandPath()', () => {
	it('insetLandPath() draws the basemap land inside the view and leaves out the rest', () => {
		const world = JSON.parse(
			readFileSync('data/basemap/world.geojson', 'utf8')
		) as FeatureCollection;
		const d = insetLandPath(
			world.features.map((f) => f.geometry),
			W,
			H
		);
		expect(d.startsWith('M')).toBe(true);
		const outside: FeatureCollection['features'][number]['geometry'] = {
			type: 'Polygon',
			coordinates: [
				[
					[10, 10],
					[20, 10],
					[20, 20],
					[10, 10]
				]
			]
		};
		expect(insetLandPath([outside], W, H)).toBe('');
	});
});

describe('insetArc()', () => {
	it('insetArc() starts and ends at its points and bows north', () => {
		const d = insetArc([10, 50], [90, 40]);
		expect(d.startsWith('M10,50Q')).toBe(true);
		expect(d.endsWith(' 90,40')).toBe(true);
		const cy = Number(/Q[\d.]+,(-?[\d.]+)/.exec(d)![1]);
		expect(cy).toBeLessThan(40);
	});
});
