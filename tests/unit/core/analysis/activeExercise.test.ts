import { describe, expect, it } from 'vitest';
import { activeExercise } from '../../../../src/lib/core/analysis/activeExercise';

const jm = {
	exercise: 'jm2025',
	announced_ts: Date.parse('2025-12-29T00:00:00+08:00'),
	end_ts: Date.parse('2025-12-30T18:00:00+08:00')
};
const aug = {
	exercise: 'aug2022',
	announced_ts: Date.parse('2022-08-02T00:00:00+08:00'),
	end_ts: Date.parse('2022-08-07T12:00:00+08:00')
};

describe('activeExercise()', () => {
	it('activeExercise() is null before the announcement', () => {
		expect(activeExercise([aug, jm], Date.parse('2025-12-28T12:00:00+08:00'))).toBeNull();
	});

	it('activeExercise() names the exercise from its announcement through the live fire', () => {
		expect(activeExercise([aug, jm], jm.announced_ts)).toBe('jm2025');
		expect(activeExercise([aug, jm], Date.parse('2025-12-30T10:00:00+08:00'))).toBe('jm2025');
	});

	it('activeExercise() keeps an ended exercise while the map still draws its zones', () => {
		expect(activeExercise([aug, jm], Date.parse('2026-01-02T12:00:00+08:00'))).toBe('jm2025');
	});
});
