/** The parts of an ISO 8601 time as written, in the time zone it was written in. */
export interface IsoLocalParts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	/** Offset from UTC in minutes (east positive). */
	offsetMinutes: number;
}

const TIME_RE =
	/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Reads an ISO 8601 date-time with an explicit offset ("Z" or ±hh:mm) into its written parts;
 * null for anything else, including impossible calendar dates such as 31 November.
 */
export function isoLocalParts(value: unknown): IsoLocalParts | null {
	if (typeof value !== 'string' || value.length > 40) return null;
	const m = TIME_RE.exec(value);
	if (!m) return null;
	const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
		number,
		number,
		number,
		number,
		number
	];
	const second = m[6] === undefined ? 0 : Number(m[6]);
	if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
	let offsetMinutes = 0;
	if (m[8] !== 'Z') {
		const oh = Number(m[10]);
		const om = Number(m[11]);
		if (oh > 14 || om > 59 || oh * 60 + om > 14 * 60) return null;
		offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
	}
	return { year, month, day, hour, minute, second, offsetMinutes };
}

/**
 * Epoch milliseconds of an ISO 8601 date-time with an explicit offset, or null when the string
 * is not one (no offset, impossible date, wrong shape).
 * @example parseIsoTime('2025-12-30T08:00:00+08:00') // 1767052800000
 */
export function parseIsoTime(value: unknown): number | null {
	const p = isoLocalParts(value);
	if (!p) return null;
	const ms = typeof value === 'string' ? /\.(\d{1,3})/.exec(value) : null;
	const millis = ms?.[1] ? Number(ms[1].padEnd(3, '0')) : 0;
	const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, millis);
	return utc - p.offsetMinutes * 60_000;
}

/**
 * Epoch milliseconds of the start of a date-only "YYYY-MM-DD" in the given offset (default
 * +08:00, Taipei and Beijing local time), or null when it is not a real calendar date.
 * @example parseIsoDate('2025-12-29') // 1766937600000 (2025-12-29T00:00:00+08:00)
 */
export function parseIsoDate(value: unknown, offset = '+08:00'): number | null {
	if (typeof value !== 'string') return null;
	const m = DATE_RE.exec(value);
	if (!m) return null;
	if (!validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
	return parseIsoTime(`${value}T00:00:00${offset}`);
}

/**
 * Epoch milliseconds of either an ISO date-time with offset or a date-only string (start of the
 * day at +08:00), as used by exercises.json; null when it is neither.
 */
export function parseDateOrTime(value: unknown): number | null {
	return parseIsoTime(value) ?? parseIsoDate(value);
}
