import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { detectFormat } from '../../../../src/lib/core/import/detectFormat';
import { importErrorsEn as en } from '../../../../src/lib/core/i18n/messages/importErrors/en';
import { messages as zhHant } from '../../../../src/lib/core/i18n/messages/importErrors/zh-Hant';
import { errorsCsv } from '../../../../src/lib/core/import/errorsCsv';
import { sniffEncoding } from '../../../../src/lib/core/import/decodeText';
import { nameFromFile, newImportId } from '../../../../src/lib/core/import/ImportedDataset';
import { openProject, saveProject } from '../../../../src/lib/core/import/projectFile';
import { importText } from '../../../../src/lib/core/import/importText';
import type { ImportedDataset } from '../../../../src/lib/core/import/ImportedDataset';
import { fixture } from './helpers';

describe('detectFormat()', () => {
	it('detectFormat() goes by the file extension first', () => {
		expect(
			['a.CSV', 'b.tsv', 'c.json', 'd.geojsonl', 'e.kml', 'f.gpx'].map((n) => detectFormat(n, ''))
		).toEqual(['csv', 'tsv', 'geojson', 'ndjson', 'kml', 'gpx']);
	});

	it('detectFormat() sniffs KML and GPX from the root element', () => {
		expect([
			detectFormat(undefined, fixture('good.kml')),
			detectFormat(undefined, fixture('good.gpx'))
		]).toEqual(['kml', 'gpx']);
	});

	it('detectFormat() tells newline-delimited GeoJSON from one object', () => {
		expect([
			detectFormat(undefined, fixture('good.ndjson')),
			detectFormat(undefined, fixture('good.geojson'))
		]).toEqual(['ndjson', 'geojson']);
	});

	it('detectFormat() tells TSV from CSV by the first line', () => {
		expect([detectFormat(undefined, 'a\tb\n1\t2'), detectFormat(undefined, 'a,b\n1,2')]).toEqual([
			'tsv',
			'csv'
		]);
	});

	it('detectFormat() refuses other XML', () => {
		expect(detectFormat(undefined, '<html><body></body></html>')).toBeNull();
	});
});

describe('sniffEncoding()', () => {
	it('sniffEncoding() spots UTF-16 without a byte-order mark', () => {
		const le = new Uint8Array([0x6c, 0, 0x61, 0, 0x74, 0, 0x2c, 0]);
		expect(sniffEncoding(le)).toBe('utf-16le');
	});
});

describe('errorsCsv()', () => {
	it('errorsCsv() writes where, column and message', async () => {
		const csv = await errorsCsv(
			[
				{
					where: { kind: 'row', n: 7 },
					column: 'lat',
					code: 'notBetween',
					params: { value: '200', limit: 90 }
				}
			],
			en
		);
		expect(Papa.parse(csv).data).toEqual([
			['where', 'column', 'message'],
			['row 7', 'lat', '200 is not between -90 and 90']
		]);
	});

	it('errorsCsv() writes the errors in the words given', async () => {
		const csv = await errorsCsv(
			[{ where: { kind: 'feature', n: 3 }, axis: 'lat', code: 'empty', params: {} }],
			zhHant
		);
		expect(Papa.parse(csv).data).toEqual([
			['位置', '欄', '訊息'],
			['第 3 個圖徵', '', '緯度 空白']
		]);
	});

	it('errorsCsv() defuses cells a spreadsheet would run as formulas', async () => {
		const csv = await errorsCsv(
			[{ where: { kind: 'row', n: 2 }, code: 'text', params: { text: '=HYPERLINK("x")' } }],
			en
		);
		expect(Papa.parse<string[]>(csv).data[1]![2]).toBe(`'=HYPERLINK("x")`);
	});

	it('errorsCsv() says how many errors were not listed', async () => {
		const csv = await errorsCsv(
			[{ where: { kind: 'row', n: 2 }, code: 'text', params: { text: 'bad' } }],
			en,
			80
		);
		expect(csv.endsWith('"(79 more errors not listed)",,')).toBe(true);
	});
});

describe('newImportId()', () => {
	it('newImportId() starts with import- and has 10 base-36 characters', () => {
		expect(newImportId()).toMatch(/^import-[a-z0-9]{10}$/);
	});
});

describe('nameFromFile()', () => {
	it('nameFromFile() drops the folder and extension', () => {
		expect(nameFromFile('C:\\data\\ship sightings.csv')).toBe('ship sightings');
	});

	it('nameFromFile() falls back when there is no name', () => {
		expect(nameFromFile(undefined)).toBe('Imported data');
	});
});

function dataset(): ImportedDataset {
	const r = importText(fixture('good.geojson'), { format: 'geojson' });
	return {
		id: 'import-abc123',
		name: 'Sightings',
		format: 'geojson',
		colour: '#0072b2',
		colourByCategory: true,
		visible: true,
		mapping: { lat: null, lon: null, time: 'time', end: 'end', category: 'category', name: 'name' },
		timeZone: 'Asia/Taipei',
		points: r.points,
		shapes: r.shapes,
		errors: r.errors,
		errorCount: r.errorCount,
		total: r.total,
		importedAt: 1_767_052_800_000
	};
}

describe('saveProject() and openProject()', () => {
	it('openProject() reads back what saveProject() wrote, typed arrays included', () => {
		const d = dataset();
		const opened = openProject(saveProject({ view: { t: 5, layers: ['events'] }, imports: [d] }));
		expect(opened).toEqual({
			ok: true,
			project: { view: { t: 5, layers: ['events'] }, imports: [d] }
		});
	});

	it('openProject() names the field that is wrong', () => {
		const text = saveProject({ view: {}, imports: [{ ...dataset(), colour: 'red' }] });
		expect(openProject(text)).toEqual({
			ok: false,
			errors: ['imports.0.colour: must be a colour like #0072b2']
		});
	});

	it('openProject() refuses a column of the wrong length', () => {
		const json = JSON.parse(saveProject({ view: {}, imports: [dataset()] }));
		json.imports[0].points.lat = 'AAAAAAAAAAA=';
		expect(openProject(JSON.stringify(json))).toEqual({
			ok: false,
			errors: ['imports.0.points.lat: must hold 3 numbers']
		});
	});

	it('openProject() refuses a file that is not a project', () => {
		const r = openProject('{"type":"FeatureCollection"}');
		expect(r.ok ? [] : r.errors[0]).toMatch(/^format: /);
	});

	it('openProject() refuses text that is not JSON', () => {
		const r = openProject('nope');
		expect(r.ok ? '' : r.errors[0]).toMatch(/^not a project file: /);
	});
});
