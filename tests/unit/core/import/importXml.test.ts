import { describe, expect, it } from 'vitest';
import { importText } from '../../../../src/lib/core/import/importText';
import { decodeText } from '../../../../src/lib/core/import/decodeText';
import { parseXml } from '../../../../src/lib/data/parseXml';
import { fixture, fixtureBytes, inEnglish } from './helpers';

const read = (name: string, format: 'kml' | 'gpx') =>
	importText(fixture(name), { format, parseXml });
const messages = (r: ReturnType<typeof importText>) => inEnglish(r.errors);

describe('importText() on KML', () => {
	it('importText() reads placemarks as points and paths as shapes', () => {
		const r = read('good.kml', 'kml');
		expect([r.points.count, r.shapes.length, r.errorCount]).toEqual([2, 1, 0]);
	});

	it('importText() reads a KML TimeStamp', () => {
		const r = read('good.kml', 'kml');
		expect(r.points.start).toContain(Date.UTC(2025, 11, 29, 0));
	});

	it('importText() reads a KML TimeSpan as an interval', () => {
		const r = read('good.kml', 'kml');
		const i = r.points.names!.indexOf('Holding area');
		expect([r.points.start[i], r.points.end[i]]).toEqual([
			Date.UTC(2025, 11, 29),
			Date.UTC(2025, 11, 30)
		]);
	});

	it('importText() reports malformed KML with its line', () => {
		expect(messages(read('broken.kml', 'kml'))[0]).toMatch(/^line 5: end tag name/);
	});

	it('importText() keeps hostile KML names and descriptions as plain text', () => {
		const r = read('hostile.kml', 'kml');
		expect(r.points.names).toEqual(['<img src=x onerror=alert(1)>']);
	});

	it('importText() refuses a huge KML coordinate', () => {
		expect(messages(read('hostile.kml', 'kml'))).toEqual([
			'placemark 2: longitude 1e+308 is not between -180 and 180'
		]);
	});

	it('importText() says an empty KML file is empty', () => {
		expect(messages(read('empty.kml', 'kml'))).toEqual(['file: the file is empty']);
	});

	it('importText() reads KML decoded from UTF-16', () => {
		const d = decodeText(fixtureBytes('utf16.kml'));
		expect(d.ok && importText(d.text, { format: 'kml', parseXml }).points.count).toBe(2);
	});

	it('importText() says when XML is not KML', () => {
		expect(messages(importText(fixture('good.gpx'), { format: 'kml', parseXml }))).toEqual([
			'file: not a KML file (its root element is <gpx>)'
		]);
	});
});

describe('importText() on GPX', () => {
	it('importText() reads waypoints as points and tracks as shapes', () => {
		const r = read('good.gpx', 'gpx');
		expect([r.points.count, r.shapes.length]).toEqual([2, 1]);
	});

	it('importText() gives a track the times of its first and last points', () => {
		const track = read('good.gpx', 'gpx').shapes[0]!;
		expect([track.properties?.start_ts, track.properties?.end_ts]).toEqual([
			Date.UTC(2025, 11, 29, 1),
			Date.UTC(2025, 11, 29, 2)
		]);
	});

	it('importText() reports malformed GPX with its line', () => {
		expect(messages(read('broken.gpx', 'gpx'))[0]).toMatch(
			/^line 4: Opening and ending tag mismatch/
		);
	});

	it('importText() refuses a waypoint beyond the pole', () => {
		expect(messages(read('hostile.gpx', 'gpx'))).toEqual([
			'feature 2: latitude 95 is not between -90 and 90'
		]);
	});

	it('importText() says an empty GPX file is empty', () => {
		expect(messages(read('empty.gpx', 'gpx'))).toEqual(['file: the file is empty']);
	});

	it('importText() reads GPX decoded from UTF-16', () => {
		const d = decodeText(fixtureBytes('utf16.gpx'));
		expect(d.ok && importText(d.text, { format: 'gpx', parseXml }).points.count).toBe(2);
	});
});
