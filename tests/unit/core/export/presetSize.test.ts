import { describe, expect, it } from 'vitest';
import { EXPORT_PRESETS } from '../../../../src/lib/core/export/presets';
import { presetSize } from '../../../../src/lib/core/export/presetSize';

const size = (id: string) =>
	presetSize(
		EXPORT_PRESETS.find((p) => p.id === id)!,
		{ width: 1280, height: 800 }
	);

describe('presetSize()', () => {
	it('presetSize() gives the current view at 1x and 2x', () => {
		expect(size('view-1x')).toEqual({ width: 1280, height: 800 });
		expect(size('view-2x')).toEqual({ width: 2560, height: 1600 });
	});
	it('presetSize() gives the fixed presets whatever the view', () => {
		expect(['full-hd', '4k', 'square', 'portrait'].map(size)).toEqual([
			{ width: 1920, height: 1080 },
			{ width: 3840, height: 2160 },
			{ width: 1080, height: 1080 },
			{ width: 1080, height: 1350 }
		]);
	});
});
