import * as v from 'valibot';

/**
 * How far a source can be trusted, best first: `primary` is the issuing authority's own text or
 * data (a notice, a ministry, a gazetteer, the publisher's own repository); `press` is a reputable
 * outlet reporting first-hand or an agency it credits; `secondary` is an aggregator, reprint site,
 * encyclopedia page or personal compilation.
 */
export const SOURCE_TIERS = ['primary', 'press', 'secondary'] as const;

/** One of SOURCE_TIERS. */
export type SourceTier = (typeof SOURCE_TIERS)[number];

/** Schema of a source's `tier`. */
export const SourceTierSchema = v.picklist(SOURCE_TIERS);

const LABEL: Record<SourceTier, string> = {
	primary: 'primary source',
	press: 'reputable press',
	secondary: 'secondary source'
};

/** The label the detail panel shows for a tier, e.g. "reputable press"; undefined if unknown. */
export function tierLabel(tier: unknown): string | undefined {
	return typeof tier === 'string' && tier in LABEL ? LABEL[tier as SourceTier] : undefined;
}

/**
 * The best tier among a feature's sources; a source without a tier counts as secondary, and a
 * feature without sources gets null.
 */
export function bestTier(sources: readonly { tier?: SourceTier }[]): SourceTier | null {
	if (sources.length === 0) return null;
	let best = SOURCE_TIERS.length - 1;
	for (const s of sources) {
		const rank = s.tier === undefined ? SOURCE_TIERS.length - 1 : SOURCE_TIERS.indexOf(s.tier);
		best = Math.min(best, rank);
	}
	return SOURCE_TIERS[best] ?? null;
}

/** Ids of the features whose best source is secondary, in the order given. */
export function secondaryOnly(
	features: readonly { properties: { id: string; sources: readonly { tier?: SourceTier }[] } }[]
): string[] {
	return features
		.filter((f) => bestTier(f.properties.sources) === 'secondary')
		.map((f) => f.properties.id);
}
