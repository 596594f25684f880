import { describe, expect, it } from 'vitest';
import { permalinkAt } from '../../../../src/lib/core/export/permalinkAt';

const T = Date.UTC(2025, 11, 31, 4, 0, 0, 500);

describe('permalinkAt()', () => {
	it('permalinkAt() replaces the time and keeps view, layers and event', () => {
		expect(
			permalinkAt(
				'https://x.org/atlas/#t=2025-12-30T00:00:00Z&map=6.2/23.7/120.9&layers=events&event=trump-xi-call',
				T
			)
		).toBe(
			'https://x.org/atlas/#t=2025-12-31T04:00:00Z&map=6.2/23.7/120.9&layers=events&event=trump-xi-call'
		);
	});
	it('permalinkAt() adds a time to a link without a hash', () => {
		expect(permalinkAt('https://x.org/atlas/', T)).toBe(
			'https://x.org/atlas/#t=2025-12-31T04:00:00Z'
		);
	});
});
