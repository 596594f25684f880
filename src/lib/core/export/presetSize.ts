import type { ExportPreset } from './presets';
import type { Size } from './types';

/**
 * The output size of a preset: its fixed size, or the view's CSS size times its pixel ratio.
 * @example presetSize(EXPORT_PRESETS[1], { width: 1280, height: 800 }) // { width: 2560, height: 1600 }
 */
export function presetSize(preset: ExportPreset, view: Size): Size {
	if (preset.size) return { ...preset.size };
	return {
		width: Math.max(1, Math.round(view.width * preset.viewScale)),
		height: Math.max(1, Math.round(view.height * preset.viewScale))
	};
}
