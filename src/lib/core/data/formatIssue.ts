import type { DataIssue } from './dataIssue';

/**
 * One line of plain text for a data issue.
 * @example formatIssue(issue) // 'events.geojson: feature "trump-xi-call" (properties.time): not a valid ISO 8601 time'
 */
export function formatIssue(issue: DataIssue): string {
	let head = issue.file;
	if (issue.feature) head += `: feature "${issue.feature}"`;
	if (issue.field) head += ` (${issue.field})`;
	return `${head}: ${issue.message}`;
}
