import { formatTime, zoneLabel } from '../time/formatTime';

/**
 * The time stamp an export carries: Taipei time first, then UTC.
 * @example timeStampText(Date.UTC(2025, 11, 30)) // "30 Dec 2025, 08:00 Taipei time (UTC+8) · 30 Dec 2025, 00:00 UTC"
 */
export function timeStampText(t: number): string {
	return `${formatTime(t, 'taipei')} ${zoneLabel('taipei')} · ${formatTime(t, 'utc')} ${zoneLabel('utc')}`;
}
