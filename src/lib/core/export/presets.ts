import type { ExportOverlays, Size } from './types';

/** The size presets the Export dialog offers. */
export type PresetId = 'view-1x' | 'view-2x' | 'full-hd' | '4k' | 'square' | 'portrait';

/** One size preset: a fixed size, or the current view at a pixel ratio. */
export interface ExportPreset {
	id: PresetId;
	label: string;
	/** A fixed output size, or null for the current view at `viewScale`. */
	size: Size | null;
	/** With `size` null: the output pixel ratio applied to the view's CSS size. */
	viewScale: number;
}

/** Every preset, in the order the dialog lists them. */
export const EXPORT_PRESETS: readonly ExportPreset[] = [
	{ id: 'view-1x', label: 'Current view, 1×', size: null, viewScale: 1 },
	{ id: 'view-2x', label: 'Current view, 2×', size: null, viewScale: 2 },
	{ id: 'full-hd', label: 'Full HD', size: { width: 1920, height: 1080 }, viewScale: 1 },
	{ id: '4k', label: '4K', size: { width: 3840, height: 2160 }, viewScale: 1 },
	{ id: 'square', label: 'Square', size: { width: 1080, height: 1080 }, viewScale: 1 },
	{ id: 'portrait', label: 'Portrait', size: { width: 1080, height: 1350 }, viewScale: 1 }
];

/** The preset the dialog starts on, and the size `exportSnapshot()` uses when given none. */
export const DEFAULT_PRESET: PresetId = 'full-hd';

/** The overlays the dialog starts with (the title is filled from the current event). */
export const DEFAULT_OVERLAYS: ExportOverlays = {
	title: '',
	subtitle: '',
	note: '',
	source: '',
	byline: '',
	timeStamp: true,
	legend: true,
	scaleBar: true,
	northArrow: true,
	permalink: true
};

/** Video defaults: size, frame rate, story days per second of video and the length cap. */
export const VIDEO_DEFAULTS = {
	width: 1280,
	height: 720,
	fps: 10,
	secondsPerDay: 2,
	maxSeconds: 60,
	start: Date.parse('2025-12-29T00:00:00+08:00'),
	end: Date.parse('2026-01-02T00:00:00+08:00')
} as const;

/** Largest side an export may ask for, before the GPU limit is applied. */
export const MAX_EXPORT_SIDE = 8192;
