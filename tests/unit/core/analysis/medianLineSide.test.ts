import { describe, expect, it } from 'vitest';
import { medianLineSide } from '../../../../src/lib/core/analysis/medianLineSide';
import { deepFreeze, lineFeature, polygonFeature, R_KM, RAD, readFixture } from './fixtures';

const fc = readFixture('median-line.geojson');
const meridian = lineFeature(fc, 'meridian-line');
const sloping = lineFeature(fc, 'sloping-line');
/** Great-circle distance (km) from (lon, lat) to the prime meridian. */
const toMeridian = (lon: number, lat: number) =>
	R_KM * Math.asin(Math.cos(lat * RAD) * Math.sin(lon * RAD));

describe('medianLineSide()', () => {
	it('medianLineSide() says a zone with corners on both sides straddles the line', () => {
		expect(medianLineSide(polygonFeature(fc, 'straddling'), meridian).side).toBe('straddles');
	});

	it('medianLineSide() gives how far a straddling zone reaches east across the line within 1 m', () => {
		const s = medianLineSide(polygonFeature(fc, 'straddling'), meridian);
		expect(Math.abs(s.east.km - toMeridian(1.5, 0.5))).toBeLessThan(0.001); // 166.78 km
	});

	it('medianLineSide() gives how far a straddling zone reaches west of the line within 1 m', () => {
		const s = medianLineSide(polygonFeature(fc, 'straddling'), meridian);
		expect(Math.abs(s.west.km - toMeridian(0.5, 0.5))).toBeLessThan(0.001); // 55.60 km
	});

	it('medianLineSide() puts a zone wholly east of the line on the east side, with no west reach', () => {
		const s = medianLineSide(polygonFeature(fc, 'east-only'), meridian);
		expect(s.side).toBe('east');
		expect(s.west.km).toBe(0);
	});

	it('medianLineSide() puts a zone wholly west of the line on the west side, with no east reach', () => {
		const s = medianLineSide(polygonFeature(fc, 'west-only'), meridian);
		expect(s.side).toBe('west');
		expect(s.east.km).toBe(0);
	});

	it('medianLineSide() tells east from west for a line running north-east to south-west', () => {
		expect(medianLineSide(polygonFeature(fc, 'south-east-of-slope'), sloping).side).toBe('east');
		expect(medianLineSide(polygonFeature(fc, 'north-west-of-slope'), sloping).side).toBe('west');
	});

	it('medianLineSide() flags a zone beyond the end of the line and measures it to the line extended', () => {
		const s = medianLineSide(polygonFeature(fc, 'beyond-south'), meridian);
		expect(s.beyondEnds).toBe(true);
		expect(s.side).toBe('east');
		expect(Math.abs(s.east.km - toMeridian(1.5, 4))).toBeLessThan(0.001);
	});

	it('medianLineSide() does not flag a zone within the span of the line', () => {
		expect(medianLineSide(polygonFeature(fc, 'straddling'), meridian).beyondEnds).toBe(false);
	});

	it('medianLineSide() throws for a line running due east-west', () => {
		const line = lineFeature(fc, 'due-east-line');
		expect(() => medianLineSide(polygonFeature(fc, 'east-only'), line)).toThrow(/east-west/);
	});

	it('medianLineSide() does not mutate its inputs', () => {
		const z = structuredClone(polygonFeature(fc, 'straddling'));
		const line = structuredClone(sloping);
		const before = structuredClone([z, line]);
		medianLineSide(deepFreeze(z), deepFreeze(line));
		expect([z, line]).toEqual(before);
	});
});
