/**
 * The file name "Save project" offers, after the day of the view's time (UTC).
 * @example projectFileName(Date.UTC(2025, 11, 31, 12)) // "strait-atlas-project_2025-12-31.json"
 */
export function projectFileName(t: number): string {
	const day = Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : 'undated';
	return `strait-atlas-project_${day}.json`;
}
