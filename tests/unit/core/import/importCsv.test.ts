import { describe, expect, it } from 'vitest';
import { importErrorsEn as en } from '../../../../src/lib/core/i18n/messages/importErrors/en';
import { formatErrorReason } from '../../../../src/lib/core/import/formatRowError';
import { importText, previewText } from '../../../../src/lib/core/import/importText';
import { decodeText } from '../../../../src/lib/core/import/decodeText';
import { fixture, fixtureBytes, inEnglish } from './helpers';

const csv = (name: string) => importText(fixture(name), { format: 'csv' });

describe('importText() on CSV', () => {
	it('importText() reads every row of a good CSV', () => {
		const r = csv('good.csv');
		expect([r.points.count, r.errorCount, r.total]).toEqual([5, 0, 5]);
	});

	it('importText() sorts the points by time', () => {
		const { start } = csv('good.csv').points;
		expect([...start]).toEqual([...start].sort((a, b) => a - b));
	});

	it('importText() reads a naive time in Taipei time by default', () => {
		const r = csv('good.csv');
		const i = r.points.names!.indexOf('Vessel B');
		expect(r.points.start[i]).toBe(Date.UTC(2025, 11, 29, 1, 30));
	});

	it('importText() reads naive times in the zone asked for', () => {
		const r = importText(fixture('good.csv'), { format: 'csv', timeZone: 'UTC' });
		const i = r.points.names!.indexOf('Vessel B');
		expect(r.points.start[i]).toBe(Date.UTC(2025, 11, 29, 9, 30));
	});

	it('importText() indexes categories in order of first appearance', () => {
		const r = csv('good.csv');
		expect(r.points.categories.sort()).toEqual(['aircraft', 'ship']);
	});

	it('importText() keeps the unmapped columns as properties', () => {
		const r = csv('good.csv');
		const c = r.points.properties.columns.indexOf('note');
		const i = r.points.names!.indexOf('Aircraft C');
		expect(r.points.properties.values[c]![i]).toBe('date only');
	});

	it('importText() keeps the good rows of a broken CSV', () => {
		const r = csv('broken.csv');
		expect(r.points.names).toEqual(['ok one', 'ok two']);
	});

	it('importText() names row and column of a latitude out of range', () => {
		const r = csv('broken.csv');
		expect(inEnglish(r.errors)).toContain('row 3, column lat: 200 is not between -90 and 90');
	});

	it('importText() names an empty longitude', () => {
		expect(inEnglish(csv('broken.csv').errors)).toContain('row 5, column lon: empty');
	});

	it('importText() names an impossible date', () => {
		expect(inEnglish(csv('broken.csv').errors)).toContain(
			'row 6, column time: 2025-02-30 is not a calendar date'
		);
	});

	it('importText() reports an unclosed quote on its row', () => {
		const e = csv('broken.csv').errors.find((x) => x.where.kind === 'row' && x.where.n === 9);
		expect(inEnglish(e ? [e] : [])[0]).toMatch(/^row 9: .*quote/i);
	});

	it('importText() counts every error', () => {
		expect(csv('broken.csv').errorCount).toBe(6);
	});

	it('importText() keeps hostile text as plain text', () => {
		const r = csv('hostile.csv');
		expect(r.points.names).toContain('<img src=x onerror=alert(1)>');
		expect(r.points.categories).toContain('<script>alert(1)</script>');
	});

	it('importText() refuses markup in a coordinate', () => {
		expect(inEnglish(csv('hostile.csv').errors)).toContain(
			'row 4, column lat: "<i>24</i>" is not a number in decimal degrees'
		);
	});

	it('importText() refuses huge numbers as coordinates and times', () => {
		const r = csv('huge.csv');
		expect(inEnglish(r.errors)).toEqual([
			'row 2, column lat: 1e308 is not between -90 and 90',
			'row 3, column lat: 1e400 is not between -90 and 90',
			'row 4, column time: 99999999999999999999 is too large to be a time in epoch seconds or milliseconds'
		]);
	});

	it('importText() reads a long run of decimals', () => {
		expect(csv('huge.csv').points.count).toBe(1);
	});

	it('importText() says an empty file is empty', () => {
		expect(inEnglish(csv('empty.csv').errors)).toEqual(['file: the file is empty']);
	});

	it('importText() reads TSV with an interval', () => {
		const r = importText(fixture('good.tsv'), { format: 'tsv' });
		expect([r.points.start[0], r.points.end[0]]).toEqual([
			Date.UTC(2025, 11, 29, 6),
			Date.UTC(2025, 11, 29, 18)
		]);
	});

	it('importText() lists only the first 50 errors but counts them all', () => {
		const rows = Array.from({ length: 120 }, () => '100,0,2025-12-29').join('\n');
		const r = importText(`lat,lon,time\n${rows}`, { format: 'csv' });
		expect([r.errors.length, r.errorCount]).toEqual([50, 120]);
	});

	it('importText() asks for the coordinate columns when none are mapped', () => {
		const r = importText('a,b\n1,2', { format: 'csv' });
		expect(inEnglish(r.errors)).toEqual(['file: choose the latitude and longitude columns']);
	});

	it('importText() uses the mapping it is given', () => {
		const mapping = { lat: 'a', lon: 'b', time: null, end: null, category: null, name: null };
		const r = importText('a,b\n24,120', { format: 'csv', mapping });
		expect([r.points.lat[0], r.points.lon[0]]).toEqual([24, 120]);
	});
});

describe('previewText() on CSV', () => {
	it('previewText() lists the columns and guesses the mapping', () => {
		const p = previewText(fixture('good.csv'), 'csv');
		expect([p.columns, p.mapping.lat, p.mapping.category]).toEqual([
			['name', 'lat', 'lon', 'time', 'type', 'note'],
			'lat',
			'type'
		]);
	});

	it('previewText() asks for the columns it could not find', () => {
		const error = previewText('a,b\n1,2', 'csv').error;
		expect(error && formatErrorReason(error, en)).toBe(
			'no latitude or longitude column found: choose it below'
		);
	});
});

describe('decodeText() on CSV fixtures', () => {
	it('decodeText() reads UTF-16 with a byte-order mark', () => {
		const d = decodeText(fixtureBytes('utf16.csv'));
		expect(d.ok && d.text).toBe(fixture('good.csv'));
	});

	it('decodeText() refuses Big5 bytes read as UTF-8 and says where and what to do', () => {
		const d = decodeText(fixtureBytes('big5.csv'));
		expect(d.ok ? '' : formatErrorReason(d.reason, en)).toBe(
			'the file is not UTF-8 text (line 1, byte 1): save it as UTF-8, or choose its encoding (for example Big5)'
		);
	});

	it('decodeText() reads Big5 when the user chooses it', () => {
		const d = decodeText(fixtureBytes('big5.csv'), 'big5');
		expect(d.ok && d.text).toBe(fixture('zh-utf8.csv').replace(/^\uFEFF/, ''));
	});

	it('decodeText() drops a UTF-8 byte-order mark', () => {
		const d = decodeText(fixtureBytes('zh-utf8.csv'));
		expect(d.ok && d.text.startsWith('名稱')).toBe(true);
	});
});
