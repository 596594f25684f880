import { formatTime, MONTHS, TAIPEI_OFFSET_MS } from '../time/formatTime';

/**
 * A time as the Export dialog's text fields show it, in the app's own format and in Taipei time:
 * "29 Dec 2025, 00:00" (never the browser's locale, such as 12/29/2025, 12:00 AM).
 * @example formatExportTime(Date.UTC(2025, 11, 28, 16)) // "29 Dec 2025, 00:00"
 */
export function formatExportTime(t: number): string {
	return formatTime(t, 'taipei', 'minute');
}

/**
 * Reads a time typed in the Export dialog as Taipei time: the app's format ("29 Dec 2025, 00:00",
 * the comma and the time optional, the month as its short or full English name, any case) or ISO
 * ("2025-12-29 00:00", "2025-12-29T00:00"). NaN when it cannot be read or the date does not exist.
 * @example parseExportTime('29 Dec 2025, 00:00') // Date.UTC(2025, 11, 28, 16)
 */
export function parseExportTime(text: string): number {
	const s = text.trim();
	let y: number,
		mo: number,
		d: number,
		h = 0,
		mi = 0;
	const app = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$/.exec(s);
	const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?$/.exec(s);
	if (app) {
		const name = app[2]!.slice(0, 3).toLowerCase();
		mo = MONTHS.findIndex((m) => m.toLowerCase() === name);
		if (mo === -1) return Number.NaN;
		[d, y] = [Number(app[1]), Number(app[3])];
		if (app[4] !== undefined) [h, mi] = [Number(app[4]), Number(app[5])];
	} else if (iso) {
		[y, mo, d] = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
		if (iso[4] !== undefined) [h, mi] = [Number(iso[4]), Number(iso[5])];
	} else return Number.NaN;
	if (h > 23 || mi > 59) return Number.NaN;
	const utc = Date.UTC(y, mo, d, h, mi);
	const back = new Date(utc);
	if (back.getUTCDate() !== d || back.getUTCMonth() !== mo) return Number.NaN;
	return utc - TAIPEI_OFFSET_MS;
}

/**
 * A time as the Export dialog's date fields show it in a language, in Taipei time: the app's
 * English format in English, ISO order ("2025-12-29 00:00", as dates are written in Taiwan and
 * Japan) otherwise. parseExportTime reads both back.
 * @example exportTimeText('ja', Date.UTC(2025, 11, 28, 16)) // "2025-12-29 00:00"
 */
export function exportTimeText(lang: string, t: number): string {
	if (lang === 'en') return formatExportTime(t);
	return new Date(t + TAIPEI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
