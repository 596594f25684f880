import { describe, expect, it } from 'vitest';
import { lanesInZone } from '../../../../src/lib/core/analysis/lanesInZone';
import { deepFreeze, DEG_KM, lineFeature, polygonFeature, RAD, readFixture } from './fixtures';

const fc = readFixture('lanes.geojson');
const square = polygonFeature(fc, 'square');
const diamond = polygonFeature(fc, 'diamond');
const lane = (id: string) => lineFeature(fc, id);
const cos05 = Math.cos(0.5 * RAD);

describe('lanesInZone()', () => {
	it('lanesInZone() gives a lane crossing a 1° square 1° of arc (111.195 km) inside, within 1 m', () => {
		const [hit] = lanesInZone(square, [lane('lane-equator')]);
		expect(hit?.id).toBe('lane-equator');
		expect(Math.abs((hit?.inside.km ?? NaN) - DEG_KM)).toBeLessThan(0.001);
	});

	it('lanesInZone() is exact for a non-rectangular zone (1° inside a diamond, not its 2° bounding box)', () => {
		const [hit] = lanesInZone(diamond, [lane('lane-half-north')]);
		expect(Math.abs((hit?.inside.km ?? NaN) - DEG_KM * cos05)).toBeLessThan(0.01);
	});

	it('lanesInZone() adds up the pieces of a bent lane inside the zone', () => {
		const [hit] = lanesInZone(diamond, [lane('lane-bent')]);
		const expected = 0.5 * DEG_KM * cos05 + 0.5 * DEG_KM;
		expect(Math.abs((hit?.inside.km ?? NaN) - expected)).toBeLessThan(0.01);
	});

	it('lanesInZone() leaves out lanes that miss the zone or only touch a corner', () => {
		expect(lanesInZone(diamond, [lane('lane-touching'), lane('lane-away')])).toEqual([]);
	});

	it('lanesInZone() lists only the lanes crossed, in input order', () => {
		const lanes = ['lane-away', 'lane-bent', 'lane-touching', 'lane-half-north'].map(lane);
		expect(lanesInZone(diamond, lanes).map((l) => l.id)).toEqual(['lane-bent', 'lane-half-north']);
	});

	it('lanesInZone() does not mutate its inputs', () => {
		const z = structuredClone(diamond);
		const lanes = ['lane-half-north', 'lane-bent', 'lane-touching'].map((id) =>
			structuredClone(lane(id))
		);
		const before = structuredClone([z, lanes]);
		lanesInZone(deepFreeze(z), deepFreeze(lanes));
		expect([z, lanes]).toEqual(before);
	});
});
