import { describe, expect, it } from 'vitest';
import { keyStep } from '../../../../src/lib/core/time/keyStep';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('keyStep()', () => {
	it('keyStep() moves a day with the arrow keys', () => {
		expect(keyStep('ArrowRight', false)).toEqual({ by: DAY });
		expect(keyStep('ArrowUp', false)).toEqual({ by: DAY });
		expect(keyStep('ArrowLeft', false)).toEqual({ by: -DAY });
		expect(keyStep('ArrowDown', false)).toEqual({ by: -DAY });
	});

	it('keyStep() moves an hour with Shift and an arrow', () => {
		expect(keyStep('ArrowRight', true)).toEqual({ by: HOUR });
		expect(keyStep('ArrowLeft', true)).toEqual({ by: -HOUR });
	});

	it('keyStep() moves a week with Page Up and Page Down', () => {
		expect(keyStep('PageUp', false)).toEqual({ by: 7 * DAY });
		expect(keyStep('PageDown', false)).toEqual({ by: -7 * DAY });
	});

	it('keyStep() jumps to the ends with Home and End', () => {
		expect(keyStep('Home', false)).toEqual({ to: 'start' });
		expect(keyStep('End', false)).toEqual({ to: 'end' });
	});

	it('keyStep() ignores other keys', () => {
		expect(keyStep('a', false)).toBeNull();
		expect(keyStep(' ', false)).toBeNull();
	});
});
