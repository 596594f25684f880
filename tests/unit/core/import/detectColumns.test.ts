import { describe, expect, it } from 'vitest';
import { detectColumns, normalizeHeader } from '../../../../src/lib/core/import/detectColumns';

describe('detectColumns()', () => {
	it('detectColumns() finds lat, lon, time, category and name from common English headers', () => {
		expect(detectColumns(['Name', 'Latitude', 'Longitude', 'Timestamp', 'Type'])).toEqual({
			lat: 'Latitude',
			lon: 'Longitude',
			time: 'Timestamp',
			end: null,
			category: 'Type',
			name: 'Name'
		});
	});

	it('detectColumns() reads lng and long as longitude', () => {
		expect(detectColumns(['lat', 'lng']).lon).toBe('lng');
		expect(detectColumns(['lat', 'long']).lon).toBe('long');
	});

	it('detectColumns() reads Chinese headers (緯度, 經度, 纬度, 经度, 時間)', () => {
		const traditional = detectColumns(['名稱', '緯度', '經度', '時間']);
		expect([traditional.lat, traditional.lon, traditional.time, traditional.name]).toEqual([
			'緯度',
			'經度',
			'時間',
			'名稱'
		]);
		const simplified = detectColumns(['纬度', '经度']);
		expect([simplified.lat, simplified.lon]).toEqual(['纬度', '经度']);
	});

	it('detectColumns() takes start and end_time as the interval columns', () => {
		const m = detectColumns(['lat', 'lon', 'start', 'end_time']);
		expect([m.time, m.end]).toEqual(['start', 'end_time']);
	});

	it('detectColumns() prefers datetime over date when both are present', () => {
		expect(detectColumns(['date', 'datetime']).time).toBe('datetime');
	});

	it('detectColumns() ignores a lone x or y column', () => {
		const m = detectColumns(['x', 'value']);
		expect([m.lat, m.lon]).toEqual([null, null]);
	});

	it('detectColumns() accepts x and y as a pair', () => {
		const m = detectColumns(['x', 'y']);
		expect([m.lat, m.lon]).toEqual(['y', 'x']);
	});

	it('detectColumns() leaves roles it cannot find as null', () => {
		expect(detectColumns(['foo', 'bar'])).toEqual({
			lat: null,
			lon: null,
			time: null,
			end: null,
			category: null,
			name: null
		});
	});
});

describe('normalizeHeader()', () => {
	it('normalizeHeader() drops case, spaces, underscores, a unit and a byte-order mark', () => {
		expect(normalizeHeader('\uFEFF End_Time (UTC) ')).toBe('endtime');
	});
});
