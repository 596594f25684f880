import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../../src/lib/core/data/dataFiles';
import { validateDatasets, type ReadFile } from '../../../src/lib/data/validateDatasets';
import { readDataFile, readFixture } from '../core/data/loadData';

/** Every data file as the app fetches it. */
const fetched = (): ReadFile[] => DATA_FILES.map((file) => ({ file, json: readDataFile(file) }));

describe('validateDatasets()', () => {
	it('validateDatasets() gives every collection the map draws, with no issue, for the real data', () => {
		const result = validateDatasets(fetched());
		expect(result.issues).toEqual([]);
		expect(Object.keys(result.collections).sort()).toEqual(
			['drill-zones', 'events', 'places', 'reference', 'shipping-lanes'].sort()
		);
		expect(result.exercises).not.toBeNull();
	});

	it('validateDatasets() reports a file that could not be read and still loads the others', () => {
		const files = fetched().map((f) =>
			f.file === 'places.geojson' ? { file: f.file, error: 'HTTP 404' } : f
		);
		const result = validateDatasets(files);
		expect(result.issues).toEqual([
			{ file: 'places.geojson', message: expect.stringContaining('could not be read (HTTP 404)') }
		]);
		expect(result.collections.places).toBeUndefined();
		expect(result.collections['drill-zones']?.features.length).toBeGreaterThan(0);
	});

	it('validateDatasets() names the file and the feature of a broken file, and leaves it off', () => {
		const files = fetched().map((f) =>
			f.file === 'events.geojson'
				? { file: f.file, json: readFixture('bad-date', 'events.geojson') }
				: f
		);
		const result = validateDatasets(files);
		expect(result.collections.events).toBeUndefined();
		expect(result.issues.length).toBeGreaterThan(0);
		expect(result.issues.every((i) => i.file === 'events.geojson')).toBe(true);
		expect(result.issues.at(-1)?.message).toBe('This layer is not shown.');
	});
});
