import activityUrl from '../../../data/pla-activity.json?url';
import type { ActivityFile } from '../core/data/activitySchema';
import { formatIssue } from '../core/data/formatIssue';
import { validateActivity } from '../core/data/validateActivity';

/**
 * Fetches MND's daily figures (data/pla-activity.json) and validates them. Not part of the data
 * the map starts with: call it once the map has drawn.
 */
export async function loadActivity(): Promise<ActivityFile> {
	const res = await fetch(activityUrl);
	if (!res.ok) throw new Error(`pla-activity.json could not be read (HTTP ${res.status})`);
	const result = validateActivity(await res.json());
	if (!result.ok) {
		const first = result.errors[0];
		throw new Error(
			`pla-activity.json does not validate (${first ? formatIssue(first) : 'invalid'})`
		);
	}
	return result.data;
}
