import analysisUrl from '../../../data/derived/analysis.json?url';
import * as v from 'valibot';
import { AnalysisFileSchema, type AnalysisFile } from '../core/analysis/analysisSchema';

/**
 * Fetches the build-time figures (data/derived/analysis.json) and validates them. Kept out of
 * the data the map starts with: the app calls it once the map has first drawn.
 */
export async function loadAnalysis(): Promise<AnalysisFile> {
	const res = await fetch(analysisUrl);
	if (!res.ok) throw new Error(`analysis.json could not be read (HTTP ${res.status})`);
	const result = v.safeParse(AnalysisFileSchema, await res.json());
	if (!result.success) {
		const issue = result.issues[0];
		const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
		throw new Error(`analysis.json does not validate (${path}: ${issue?.message ?? 'invalid'})`);
	}
	return result.output;
}
