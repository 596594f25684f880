import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Absolute path of the repository's data/ directory. */
export const DATA_DIR = fileURLToPath(new URL('../../../../data/', import.meta.url));

/** Absolute path of tests/fixtures/data/. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/data/', import.meta.url));

/** Reads and parses a JSON file. */
export function readJson(path: string): unknown {
	return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** Basenames of the JSON and GeoJSON files directly in data/ (not data/basemap, not data/derived). */
export function dataFileNames(): string[] {
	return readdirSync(DATA_DIR)
		.filter((name) => /\.(geo)?json$/.test(name))
		.filter((name) => statSync(join(DATA_DIR, name)).isFile())
		.sort();
}

/** The parsed JSON of one data file. */
export function readDataFile(name: string): unknown {
	return readJson(join(DATA_DIR, name));
}

/** The parsed JSON of one fixture file, e.g. readFixture('bad-date', 'events.geojson'). */
export function readFixture(dir: string, name: string): unknown {
	return readJson(join(FIXTURE_DIR, dir, name));
}
