import { afterEach, describe, expect, it, vi } from 'vitest';
import { inBackground } from '../../../../src/lib/core/schedule/inBackground';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('inBackground()', () => {
	it('inBackground() posts a background-priority task where scheduler.postTask exists', () => {
		const postTask = vi.fn(async (fn: () => void) => fn());
		vi.stubGlobal('scheduler', { postTask });
		const fn = vi.fn();
		inBackground(fn);
		expect(postTask).toHaveBeenCalledWith(fn, { priority: 'background' });
	});

	it('inBackground() runs in a later task without a scheduler', () => {
		vi.stubGlobal('scheduler', undefined);
		vi.useFakeTimers();
		const fn = vi.fn();
		inBackground(fn);
		expect(fn).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(fn).toHaveBeenCalledOnce();
	});
});
