import { describe, expect, it } from 'vitest';
import { messages as zhHant } from '../../../../src/lib/core/i18n/messages/importErrors/zh-Hant';
import { formatRowError } from '../../../../src/lib/core/import/formatRowError';
import { geometryIssue, jsonSyntaxError } from '../../../../src/lib/core/import/fromGeoJson';
import { importText, previewText } from '../../../../src/lib/core/import/importText';
import { decodeText } from '../../../../src/lib/core/import/decodeText';
import { fixture, fixtureBytes, inEnglish } from './helpers';

const geo = (name: string) => importText(fixture(name), { format: 'geojson' });
const messages = (r: ReturnType<typeof importText>) => inEnglish(r.errors);

describe('importText() on GeoJSON', () => {
	it('importText() splits a FeatureCollection into points (MultiPoint too) and shapes', () => {
		const r = geo('good.geojson');
		expect([r.points.count, r.shapes.map((s) => s.geometry.type)]).toEqual([
			3,
			['LineString', 'Polygon']
		]);
	});

	it('importText() reads the time property of GeoJSON points', () => {
		const r = geo('good.geojson');
		expect(r.points.start[0]).toBe(Date.UTC(2025, 11, 29, 0));
	});

	it('importText() gives shapes start_ts and end_ts from their time properties', () => {
		const track = geo('good.geojson').shapes[0]!;
		expect([track.properties?.start_ts, track.properties?.end_ts]).toEqual([
			Date.UTC(2025, 11, 29, 0),
			Date.UTC(2025, 11, 29, 12)
		]);
	});

	it('importText() gives points and shapes one shared category index', () => {
		const r = geo('good.geojson');
		expect(r.points.categories[r.shapes[0]!.properties?.c as number]).toBe('ship');
	});

	it('importText() reads a single Feature', () => {
		expect(geo('feature.geojson').points.count).toBe(1);
	});

	it('importText() reads a bare geometry', () => {
		const r = geo('geometry.geojson');
		expect([r.points.lon[0], r.points.lat[0]]).toEqual([121.5, 25]);
	});

	it('importText() locates a JSON syntax error by line', () => {
		expect(messages(geo('broken.geojson'))[0]).toMatch(/^line 3: Unexpected token/);
	});

	it('importText() says which feature has no geometry', () => {
		expect(messages(geo('bad-features.geojson'))).toContain('feature 2: no geometry');
	});

	it('importText() says which feature has a latitude out of range', () => {
		expect(messages(geo('bad-features.geojson'))).toContain(
			'feature 3: latitude 200 is not between -90 and 90'
		);
	});

	it('importText() passes check-geojson’s reason for an invalid shape', () => {
		expect(messages(geo('bad-features.geojson'))).toContain(
			'feature 4: Expected to find two or more positions here'
		);
	});

	it('importText() words check-geojson’s reason for an invalid shape in the language', () => {
		const errors = geo('bad-features.geojson').errors;
		expect(errors.map((e) => formatRowError(e, zhHant))).toContain(
			'第 4 個圖徵：這裡至少需要兩個位置'
		);
	});

	it('importText() names the feature and property of an unreadable time', () => {
		expect(messages(geo('bad-features.geojson'))).toContain(
			'feature 5, column time: cannot read "soon" as a time (use ISO 8601 such as 2025-12-30T08:00+08:00, a date such as 2025-12-30, or epoch seconds or milliseconds)'
		);
	});

	it('importText() keeps hostile property text as plain text, nested objects as JSON', () => {
		const { properties } = geo('hostile.geojson').points;
		const value = (c: string) => properties.values[properties.columns.indexOf(c)]![0];
		expect([value('html'), value('nested')]).toEqual([
			'<a href="javascript:alert(1)">x</a>',
			'{"a":[1,2]}'
		]);
	});

	it('importText() refuses a huge longitude', () => {
		expect(messages(geo('huge.geojson'))).toEqual([
			'feature 1: longitude 1e+308 is not between -180 and 180'
		]);
	});

	it('importText() says an empty GeoJSON file is empty', () => {
		expect(messages(geo('empty.geojson'))).toEqual(['file: the file is empty']);
	});

	it('importText() reads GeoJSON decoded from UTF-16 big-endian', () => {
		const d = decodeText(fixtureBytes('utf16.geojson'));
		expect(d.ok && importText(d.text, { format: 'geojson' }).points.count).toBe(3);
	});
});

describe('importText() on newline-delimited GeoJSON', () => {
	it('importText() reads one feature per line', () => {
		expect(importText(fixture('good.ndjson'), { format: 'ndjson' }).points.count).toBe(3);
	});

	it('importText() reports a bad line by number and keeps the others', () => {
		const r = importText(fixture('broken.ndjson'), { format: 'ndjson' });
		expect([r.points.count, messages(r)[0]?.slice(0, 18)]).toEqual([4, 'line 3: Unexpected']);
	});
});

describe('previewText() on GeoJSON', () => {
	it('previewText() offers the property keys and guesses time, category and name', () => {
		const p = previewText(fixture('good.geojson'), 'geojson');
		expect([p.mapping.time, p.mapping.category, p.mapping.name, p.mapping.lat]).toEqual([
			'time',
			'category',
			'name',
			null
		]);
	});

	it('previewText() reports a syntax error as the file’s error', () => {
		expect(previewText(fixture('broken.geojson'), 'geojson').error?.where).toEqual({
			kind: 'line',
			n: 3
		});
	});
});

describe('geometryIssue()', () => {
	it('geometryIssue() gives a code to a reason the catalogue words', () => {
		expect(geometryIssue('A position should have 2 or 3 elements - found 4.')).toEqual({
			code: 'positionSize',
			params: { count: 4 }
		});
	});

	it('geometryIssue() passes any other check-geojson reason through as its detail', () => {
		expect(geometryIssue('This must be an array.')).toEqual({
			code: 'invalidGeometry',
			params: { detail: 'This must be an array' }
		});
	});
});

describe('jsonSyntaxError()', () => {
	it('jsonSyntaxError() locates the error by line and character', () => {
		const e = jsonSyntaxError('{\n"a": }', 'engine words');
		expect([e.where, e.code]).toEqual([{ kind: 'line', n: 2 }, 'jsonSyntax']);
	});
});
