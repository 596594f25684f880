import { describe, expect, it } from 'vitest';
import {
	freePadding,
	inFreeArea,
	PHONE_MAX_WIDTH,
	popupAnchor,
	viewPadding,
	withCover
} from '../../../../src/lib/core/map/view';

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

describe('freePadding()', () => {
	const size = { width: 1280, height: 800 };

	it('freePadding() keeps a left panel clear on the left', () => {
		const p = freePadding(size, [{ left: 12, top: 12, width: 340, height: 700 }]);
		expect(p.left).toBe(12 + 340 + 16);
		expect(p.right).toBe(16);
	});

	it('freePadding() keeps a full-width time bar clear at the bottom', () => {
		const p = freePadding(size, [{ left: 0, top: 680, width: 1280, height: 120 }]);
		expect(p.bottom).toBe(120 + 16);
	});

	it('freePadding() keeps zoom buttons clear on the right', () => {
		const p = freePadding(size, [{ left: 1230, top: 10, width: 40, height: 80 }]);
		expect(p.right).toBe(1280 - 1230 + 16);
	});

	it('freePadding() never leaves less than a third of a side free', () => {
		const p = freePadding({ width: 390, height: 844 }, [
			{ left: 0, top: 100, width: 390, height: 744 }
		]);
		expect(844 - p.top - p.bottom).toBeGreaterThanOrEqual(844 / 3 - 1);
	});
});

describe('inFreeArea()', () => {
	const pad = { top: 10, right: 20, bottom: 100, left: 300 };
	it('inFreeArea() is false under the panel and true beside it', () => {
		expect(inFreeArea({ x: 200, y: 300 }, { width: 1000, height: 800 }, pad)).toBe(false);
		expect(inFreeArea({ x: 500, y: 300 }, { width: 1000, height: 800 }, pad)).toBe(true);
	});
});

describe('popupAnchor()', () => {
	const size = { width: 1000, height: 800 };
	const pad = { top: 16, right: 16, bottom: 136, left: 368 };
	it('popupAnchor() opens upward near the time bar', () => {
		expect(popupAnchor({ x: 700, y: 640 }, size, pad)).toBe('bottom');
	});
	it('popupAnchor() leans right next to the panel', () => {
		expect(popupAnchor({ x: 380, y: 100 }, size, pad)).toBe('top-left');
	});
});

describe('withCover()', () => {
	it('withCover() takes the larger of padding and cover on each side', () => {
		const p = withCover(
			{ top: 16, right: 56, bottom: 150, left: 368 },
			{ top: 0, right: 400, bottom: 0, left: 0 },
			{ width: 1280, height: 800 }
		);
		expect(p).toEqual({ top: 16, right: 400, bottom: 150, left: 368 });
	});

	it('withCover() keeps a third of a phone map free under a tall story card', () => {
		const p = withCover(
			{ top: 16, right: 16, bottom: 380, left: 16 },
			{ top: 0, right: 0, bottom: 420, left: 0 },
			{ width: 390, height: 844 }
		);
		expect(844 - p.top - p.bottom).toBeGreaterThanOrEqual(844 / 3 - 1);
	});
});
