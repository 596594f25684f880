const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What a key press on the time slider does: move by an amount, or jump to an end. */
export type KeyStep = { by: number } | { to: 'start' | 'end' };

/**
 * The ARIA slider keys: arrows step a day (an hour with Shift), Page Up/Down a week, Home/End
 * jump to the ends. Returns null for keys the slider leaves alone.
 * @example keyStep('ArrowRight', false) // { by: 86_400_000 }
 */
export function keyStep(key: string, shift: boolean): KeyStep | null {
	const step = shift ? HOUR : DAY;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			return { by: step };
		case 'ArrowLeft':
		case 'ArrowDown':
			return { by: -step };
		case 'PageUp':
			return { by: 7 * DAY };
		case 'PageDown':
			return { by: -7 * DAY };
		case 'Home':
			return { to: 'start' };
		case 'End':
			return { to: 'end' };
		default:
			return null;
	}
}
