import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../src/lib/core/export/exportFileName';

const T = Date.UTC(2025, 11, 30, 0, 0);

describe('exportFileName()', () => {
	it('exportFileName() joins the time and the rounded camera', () => {
		expect(exportFileName(T, { zoom: 6.2, lat: 23.7, lng: 120.9 })).toBe(
			'strait-atlas_2025-12-30T00-00-00Z_6.2-23.7-120.9.png'
		);
	});
	it('exportFileName() has no colon or other character unsafe on file systems', () => {
		const name = exportFileName(T + 12_345, { zoom: 5.123456, lat: -23.456789, lng: 120.987654 });
		expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
		expect(name).toBe('strait-atlas_2025-12-30T00-00-12Z_5.12--23.4568-120.9877.png');
	});
	it('exportFileName() takes another extension', () => {
		expect(exportFileName(T, { zoom: 6, lat: 24, lng: 121 }, 'webm')).toBe(
			'strait-atlas_2025-12-30T00-00-00Z_6-24-121.webm'
		);
	});
	it('exportFileName() survives a time that is not a number', () => {
		expect(exportFileName(Number.NaN, { zoom: 6, lat: 24, lng: 121 })).toBe(
			'strait-atlas_unknown-time_6-24-121.png'
		);
	});
});
