import { describe, expect, it } from 'vitest';
import { bestTier, secondaryOnly, tierLabel } from '../../../../src/lib/core/data/sourceTier';

const feature = (id: string, ...tiers: ('primary' | 'press' | 'secondary' | undefined)[]) => ({
	properties: { id, sources: tiers.map((tier) => (tier ? { tier } : {})) }
});

describe('bestTier()', () => {
	it('bestTier() picks the most trusted tier among the sources', () => {
		expect(bestTier([{ tier: 'secondary' }, { tier: 'press' }])).toBe('press');
		expect(bestTier([{ tier: 'press' }, { tier: 'primary' }])).toBe('primary');
	});

	it('bestTier() counts a source without a tier as secondary', () => {
		expect(bestTier([{}])).toBe('secondary');
	});

	it('bestTier() is null for no sources', () => {
		expect(bestTier([])).toBeNull();
	});
});

describe('secondaryOnly()', () => {
	it('secondaryOnly() lists the features whose best source is secondary, in order', () => {
		const features = [
			feature('a', 'secondary'),
			feature('b', 'secondary', 'press'),
			feature('c', undefined),
			feature('d', 'primary')
		];
		expect(secondaryOnly(features)).toEqual(['a', 'c']);
	});
});

describe('tierLabel()', () => {
	it('tierLabel() names each tier for readers', () => {
		expect([tierLabel('primary'), tierLabel('press'), tierLabel('secondary')]).toEqual([
			'primary source',
			'reputable press',
			'secondary source'
		]);
	});

	it('tierLabel() is undefined for anything else', () => {
		expect(tierLabel('blog')).toBeUndefined();
		expect(tierLabel(undefined)).toBeUndefined();
	});
});
