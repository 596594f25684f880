import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importErrorsEn as en } from '../../../../src/lib/core/i18n/messages/importErrors/en';
import { formatErrorReason } from '../../../../src/lib/core/import/formatRowError';
import { parseTime, quickTime } from '../../../../src/lib/core/import/parseTime';
import { isTimeZone, zoneOffsetMs } from '../../../../src/lib/core/import/zoneOffset';

const TPE = 'Asia/Taipei';
/** The epoch milliseconds read, or why not in English. */
const ms = (r: ReturnType<typeof parseTime>) => (r.ok ? r.ms : formatErrorReason(r.reason, en));

describe('parseTime()', () => {
	it('parseTime() reads ISO 8601 with an offset regardless of the zone', () => {
		expect(ms(parseTime('2025-12-30T08:00:00+08:00', 'Europe/London'))).toBe(
			Date.UTC(2025, 11, 30, 0)
		);
	});

	it('parseTime() reads Z and fractional seconds', () => {
		expect(ms(parseTime('2025-12-30T08:00:00.25Z', TPE))).toBe(
			Date.UTC(2025, 11, 30, 8, 0, 0, 250)
		);
	});

	it('parseTime() reads a naive time as wall-clock time in the chosen zone', () => {
		expect(ms(parseTime('2025-12-29 09:30', TPE))).toBe(Date.UTC(2025, 11, 29, 1, 30));
		expect(ms(parseTime('2025-12-29 09:30', 'America/New_York'))).toBe(
			Date.UTC(2025, 11, 29, 14, 30)
		);
	});

	it('parseTime() applies daylight saving time in zones that have it', () => {
		expect(ms(parseTime('2025-07-01T12:00', 'Europe/London'))).toBe(Date.UTC(2025, 6, 1, 11));
	});

	it('parseTime() reads a date alone as the start of that day in the zone', () => {
		expect(ms(parseTime('2025-12-30', TPE))).toBe(Date.UTC(2025, 11, 29, 16));
	});

	it('parseTime() reads slashes as date separators', () => {
		expect(ms(parseTime('2025/12/30', 'UTC'))).toBe(Date.UTC(2025, 11, 30));
	});

	it('parseTime() reads epoch seconds', () => {
		expect(ms(parseTime('1767052800', TPE))).toBe(1_767_052_800_000);
	});

	it('parseTime() reads epoch milliseconds', () => {
		expect(ms(parseTime('1767052800000', TPE))).toBe(1_767_052_800_000);
	});

	it('parseTime() refuses an impossible calendar date', () => {
		expect(ms(parseTime('2025-02-30', TPE))).toBe('2025-02-30 is not a calendar date');
	});

	it('parseTime() refuses text it cannot read and says which forms it accepts', () => {
		expect(ms(parseTime('next Tuesday', TPE))).toMatch(
			/cannot read "next Tuesday" as a time.*ISO 8601/
		);
	});

	it('parseTime() refuses an epoch beyond what a date can hold', () => {
		expect(ms(parseTime('99999999999999999999', TPE))).toMatch(/too large/);
	});

	it('parseTime() says an empty cell is empty', () => {
		expect(ms(parseTime('  ', TPE))).toBe('empty');
	});
});

describe('zoneOffsetMs()', () => {
	it('zoneOffsetMs() gives Taipei +8 hours', () => {
		expect(zoneOffsetMs(TPE, Date.UTC(2025, 11, 30))).toBe(8 * 3_600_000);
	});

	it('zoneOffsetMs() gives New York -4 hours in summer and -5 in winter', () => {
		expect(zoneOffsetMs('America/New_York', Date.UTC(2025, 6, 1))).toBe(-4 * 3_600_000);
		expect(zoneOffsetMs('America/New_York', Date.UTC(2025, 0, 1))).toBe(-5 * 3_600_000);
	});
});

describe('isTimeZone()', () => {
	it('isTimeZone() knows IANA names and refuses others', () => {
		expect([isTimeZone('Asia/Tokyo'), isTimeZone('Mars/Olympus')]).toEqual([true, false]);
	});
});

describe('parseTime, machine form', () => {
	it('parseTime reads "…Z" times, with or without milliseconds, as Date.parse does', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
				fc.boolean(),
				(ms, withMillis) => {
					const iso = new Date(ms).toISOString();
					const text = withMillis ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
					expect(parseTime(text, 'Asia/Taipei')).toEqual({ ok: true, ms: Date.parse(text) });
				}
			)
		);
	});

	it('parseTime names an impossible date in the machine form', () => {
		const r = parseTime('2025-02-29T08:00:00Z', 'UTC');
		expect(r.ok ? null : r.reason.code).toBe('notCalendarDate');
	});
});

describe('quickTime()', () => {
	it("quickTime() gives parseTime's time for the machine form and NaN for anything else", () => {
		const text = fc.oneof(
			fc
				.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) })
				.map((ms) => new Date(ms).toISOString()),
			fc.constantFrom(
				'2025-12-30T08:00:00Z',
				' 2025-12-30T08:00:00Z',
				'2025-12-30T08:00:00+08:00',
				'2025-12-30 08:00',
				'2025-02-29T08:00:00Z',
				'2025-12-30T24:00:00Z',
				'1767052800',
				''
			)
		);
		fc.assert(
			fc.property(text, (s) => {
				const quick = quickTime(s);
				const full = parseTime(s, 'Asia/Taipei');
				if (!Number.isNaN(quick)) expect(full).toEqual({ ok: true, ms: quick });
				else expect(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/.test(s) && full.ok).toBe(false);
			})
		);
	});
});
