import { describe, expect, it } from 'vitest';
import { projectFileName } from '../../../../src/lib/core/import/projectFileName';

describe('projectFileName', () => {
	it('projectFileName() names the file after the day of the view', () => {
		expect(projectFileName(Date.UTC(2025, 11, 31, 12))).toBe(
			'strait-atlas-project_2025-12-31.json'
		);
	});
});
