/**
 * Reads a `datetime-local` value (YYYY-MM-DDTHH:mm, seconds optional) as Taipei time (UTC+8);
 * NaN if it cannot be read.
 * @example fromTaipeiInput('2025-12-29T00:00') // Date.UTC(2025, 11, 28, 16)
 */
export function fromTaipeiInput(value: string): number {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return Number.NaN;
	return Date.parse(`${value}+08:00`);
}
