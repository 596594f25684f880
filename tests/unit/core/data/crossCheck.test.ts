import { describe, it, expect } from 'vitest';
import { crossCheck, zoneAnchor, type DatasetMap } from '../../../../src/lib/core/data/crossCheck';
import type { DataFileName } from '../../../../src/lib/core/data/dataFiles';
import { validateDataset } from '../../../../src/lib/core/data/validateDataset';
import { readDataFile } from './loadData';

function load(files: DataFileName[]): DatasetMap {
	const out: DatasetMap = {};
	for (const file of files) {
		const result = validateDataset(file, readDataFile(file));
		if (!result.ok) throw new Error(`${file} does not validate`);
		(out as Record<string, unknown>)[file] = result.data;
	}
	return out;
}

const ALL: DataFileName[] = [
	'drill-zones.geojson',
	'events.geojson',
	'exercises.json',
	'places.geojson'
];

describe('crossCheck()', () => {
	it('crossCheck() reports an event whose place does not exist', () => {
		const data = load(ALL);
		const e = data['events.geojson']!.features.find((f) => f.properties.id === 'trump-xi-call')!;
		e.properties.place = 'shanghai';
		expect(crossCheck(data)).toEqual([
			expect.objectContaining({
				file: 'events.geojson',
				feature: 'trump-xi-call',
				field: 'properties.place'
			})
		]);
	});

	it('crossCheck() reports an event that names an unknown drill zone', () => {
		const data = load(ALL);
		const e = data['events.geojson']!.features.find((f) => f.properties.id === 'jm2025-live-fire')!;
		e.properties.zones = ['jm2025-z1', 'jm2025-z9'];
		expect(crossCheck(data)).toEqual([
			expect.objectContaining({ feature: 'jm2025-live-fire', field: 'properties.zones[1]' })
		]);
	});

	it('crossCheck() reports an event point that is not at its place', () => {
		const data = load(ALL);
		const e = data['events.geojson']!.features.find(
			(f) => f.properties.id === 'takaichi-diet-remark'
		)!;
		e.geometry.coordinates = [139.7, 35.68];
		expect(crossCheck(data)).toEqual([
			expect.objectContaining({ feature: 'takaichi-diet-remark', field: 'geometry.coordinates' })
		]);
	});

	it('crossCheck() reports a zone whose exercise is missing from exercises.json', () => {
		const data = load(ALL);
		data['exercises.json']!.exercises = data['exercises.json']!.exercises.filter(
			(x) => x.id !== 'aug2022'
		);
		const issues = crossCheck(data);
		expect(issues).toHaveLength(6);
		expect(issues[0]).toEqual(
			expect.objectContaining({ file: 'drill-zones.geojson', field: 'properties.exercise' })
		);
	});

	it('crossCheck() reports a zone_count that disagrees with the zones file', () => {
		const data = load(ALL);
		data['exercises.json']!.exercises.find((x) => x.id === 'jm2025')!.zone_count = 7;
		expect(crossCheck(data)).toEqual([
			expect.objectContaining({ file: 'exercises.json', feature: 'jm2025', field: 'zone_count' })
		]);
	});

	it('crossCheck() skips checks whose files are missing', () => {
		expect(crossCheck(load(['events.geojson']))).toEqual([]);
	});
});

describe('zoneAnchor()', () => {
	it('zoneAnchor() returns the centre of the zone bounding box', () => {
		const zones = load(['drill-zones.geojson'])['drill-zones.geojson']!;
		const z1 = zones.features.find((f) => f.properties.id === 'jm2025-z1')!;
		expect(zoneAnchor(z1)).toEqual([122.133333, 26.125]);
	});
});
