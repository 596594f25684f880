const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** True when the runtime knows the IANA time zone name (e.g. "Asia/Taipei"). */
export function isTimeZone(timeZone: string): boolean {
	try {
		formatter(timeZone);
		return true;
	} catch {
		return false;
	}
}

const offsets = new Map<string, number>();

/**
 * The zone's offset from UTC in milliseconds (east positive) at an instant, read from the
 * runtime's time zone database through Intl, cached per zone and hour (offsets change on the hour
 * or half hour at most, and imports of many rows repeat the same hours).
 * @example zoneOffsetMs('Asia/Taipei', Date.UTC(2025, 11, 30)) // 28800000
 */
export function zoneOffsetMs(timeZone: string, epochMs: number): number {
	const hour = Math.floor(epochMs / 1_800_000);
	const key = `${timeZone}|${hour}`;
	const cached = offsets.get(key);
	if (cached !== undefined) return cached;
	const parts: Record<string, number> = {};
	for (const p of formatter(timeZone).formatToParts(new Date(hour * 1_800_000))) {
		if (p.type !== 'literal') parts[p.type] = Number(p.value);
	}
	const wall = Date.UTC(
		parts.year!,
		parts.month! - 1,
		parts.day!,
		parts.hour!,
		parts.minute!,
		parts.second!
	);
	const offset = wall - hour * 1_800_000;
	if (offsets.size > 100_000) offsets.clear();
	offsets.set(key, offset);
	return offset;
}

/**
 * The instant of a wall-clock time (given as if it were UTC) in a time zone: tries the offset at
 * the guessed instant, then corrects once, which settles every zone outside a DST gap.
 */
export function wallTimeToEpoch(wallAsUtc: number, timeZone: string): number {
	const first = wallAsUtc - zoneOffsetMs(timeZone, wallAsUtc);
	return wallAsUtc - zoneOffsetMs(timeZone, first);
}
