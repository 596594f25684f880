import { describe, expect, it } from 'vitest';
import { nearestPort } from '../../../../src/lib/core/analysis/nearestPort';
import { deepFreeze, DEG_KM, pointFeatures, polygonFeature, readFixture } from './fixtures';

const zone = polygonFeature(readFixture('meridian-coast.geojson'), 'zone');
const ports = pointFeatures(readFixture('ports.geojson'));
const outside = ports.filter((p) => p.properties.id !== 'port-inside');

describe('nearestPort()', () => {
	it('nearestPort() picks the port 0.5° from the zone over one 1.5° away', () => {
		expect(nearestPort(zone, outside)?.id).toBe('port-near');
	});

	it('nearestPort() gives the distance to the zone edge, 0.5° of arc within 1 m', () => {
		const port = nearestPort(zone, outside);
		expect(Math.abs((port?.distance.km ?? NaN) - 0.5 * DEG_KM)).toBeLessThan(0.001);
		expect(port?.name).toBe('Near port');
	});

	it('nearestPort() is zero for a port inside the zone', () => {
		const port = nearestPort(zone, ports);
		expect(port?.id).toBe('port-inside');
		expect(port?.distance.km).toBe(0);
	});

	it('nearestPort() of an empty port list is null', () => {
		expect(nearestPort(zone, [])).toBeNull();
	});

	it('nearestPort() does not mutate its inputs', () => {
		const z = structuredClone(zone);
		const p = structuredClone(ports);
		const before = structuredClone([z, p]);
		nearestPort(deepFreeze(z), deepFreeze(p));
		expect([z, p]).toEqual(before);
	});
});
