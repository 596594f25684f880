import * as v from 'valibot';
import { ACTIVITY_FIGURES, ActivityFileSchema, type ActivityFile } from './activitySchema';
import { ACTIVITY_FILE } from './dataFiles';
import type { DataIssue } from './dataIssue';
import { isoLocalParts, parseIsoDate, parseIsoTime } from './parseIsoTime';
import type { ValidationResult } from './validateDataset';

const DAY_MS = 86_400_000;

function fieldOf(path: readonly { key: unknown }[] | undefined): string {
	let out = '';
	for (const item of path ?? []) {
		if (typeof item.key === 'number') out += `[${item.key}]`;
		else out += `${out ? '.' : ''}${String(item.key)}`;
	}
	return out;
}

/** "YYYY-MM-DD" of a time as written (in its own offset). */
function localDate(iso: string): string | null {
	const p = isoLocalParts(iso);
	if (!p) return null;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * The rules across days that a schema cannot state: dates unique, in order and inside the span;
 * each period ends on its report's date, after it starts, within a day, and does not overlap the
 * next; a day has at least one figure; the median-line count is not above the sorties; every
 * figure is confirmed by a source and no source confirms a figure the day leaves unknown.
 */
export function activityIssues(file: ActivityFile): DataIssue[] {
	const issues: DataIssue[] = [];
	const add = (feature: string, field: string, message: string) =>
		issues.push({ file: ACTIVITY_FILE, feature, field, message });
	const from = parseIsoDate(file.span.from);
	const to = parseIsoDate(file.span.to);
	if (from !== null && to !== null && from > to) add('', 'span', 'span.from is after span.to');
	const seen = new Set<string>();
	let previous: { date: string; end: number } | null = null;
	for (const [i, day] of file.days.entries()) {
		const id = day.date;
		if (seen.has(day.date)) add(id, `days[${i}].date`, `duplicate report date ${day.date}`);
		seen.add(day.date);
		if (previous && day.date < previous.date)
			add(id, `days[${i}].date`, `out of order: ${day.date} after ${previous.date}`);
		const t = parseIsoDate(day.date);
		if (t !== null && from !== null && to !== null && (t < from || t > to))
			add(id, `days[${i}].date`, `outside the span ${file.span.from}..${file.span.to}`);
		if (localDate(day.periodEnd) !== day.date)
			add(id, `days[${i}].periodEnd`, 'the period must end on the report date (as written)');
		const end = parseIsoTime(day.periodEnd);
		const start = day.periodStart === null ? null : parseIsoTime(day.periodStart);
		if (start !== null && end !== null) {
			if (start >= end) add(id, `days[${i}].periodStart`, 'the period must start before it ends');
			else if (end - start > DAY_MS)
				add(id, `days[${i}].periodStart`, 'a daily report covers at most 24 hours');
		}
		if (previous && end !== null && start !== null && start < previous.end)
			add(id, `days[${i}].periodStart`, `overlaps the period of ${previous.date}`);
		if (ACTIVITY_FIGURES.every((f) => day[f] === null))
			add(id, `days[${i}]`, 'a day with no figure is a gap: leave it out of the file');
		if (
			day.aircraft !== null &&
			day.aircraftMedianLineAdiz !== null &&
			day.aircraftMedianLineAdiz > day.aircraft
		)
			add(id, `days[${i}].aircraftMedianLineAdiz`, 'more than the sorties detected');
		const confirmed = new Set(day.sources.flatMap((s) => s.figures));
		for (const f of ACTIVITY_FIGURES) {
			if (day[f] !== null && !confirmed.has(f))
				add(id, `days[${i}].${f}`, 'no source confirms this figure');
			if (day[f] === null && confirmed.has(f))
				add(id, `days[${i}].${f}`, 'a source confirms this figure but it is null');
		}
		if (end !== null) previous = { date: day.date, end };
	}
	return issues;
}

/** Validates the parsed JSON of data/pla-activity.json: its schema, then activityIssues(). */
export function validateActivity(json: unknown): ValidationResult<ActivityFile> {
	const result = v.safeParse(ActivityFileSchema, json);
	if (!result.success) {
		return {
			ok: false,
			errors: result.issues.map((issue) => ({
				file: ACTIVITY_FILE,
				feature: '',
				field: fieldOf(issue.path),
				message: issue.message
			}))
		};
	}
	const issues = activityIssues(result.output);
	return issues.length > 0 ? { ok: false, errors: issues } : { ok: true, data: result.output };
}
