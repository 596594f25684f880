import { describe, expect, it } from 'vitest';
import { PHONE_MAX_WIDTH, viewPadding } from '../../../../src/lib/core/map/view';

describe('viewPadding()', () => {
	it('viewPadding() keeps the desktop panel (340 px at 12 px) clear on the left', () => {
		expect(viewPadding(1280).left).toBeGreaterThanOrEqual(352);
	});

	it('viewPadding() keeps the folded phone sheet clear at the bottom', () => {
		const p = viewPadding(PHONE_MAX_WIDTH);
		expect(p.left).toBeLessThan(40);
		expect(p.bottom).toBeGreaterThanOrEqual(80);
	});
});
