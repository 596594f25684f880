/**
 * The Export dialog's English strings: a catalogue of their own, so they load with the dialog's
 * lazy chunk instead of at startup. Other languages must have the same keys and placeholders.
 */
export const exportEn = {
	closeExport: 'Close export',
	mapAsShownAt: 'The map as shown at {time}.',
	imageSize: 'Image size',
	presetView1x: 'Current view, 1×',
	presetView2x: 'Current view, 2×',
	presetFullHd: 'Full HD',
	preset4k: '4K',
	presetSquare: 'Square',
	presetPortrait: 'Portrait',
	sizeOption: '{label} ({width} × {height})',
	onTheImage: 'On the image',
	title: 'Title',
	overlayTime: 'Time (Taipei and UTC)',
	overlayLegend: 'Legend',
	overlayScaleBar: 'Scale bar',
	overlayNorthArrow: 'North arrow',
	overlayPermalink: 'Link to this view',
	attributionAlways: 'Attribution and data sources are always included, as their licences require.',
	downloadPng: 'Download PNG',
	copyImage: 'Copy image',
	downloadGeojson: 'Download GeoJSON',
	playbackVideo: 'Playback video',
	startTaipei: 'Start (Taipei time)',
	endTaipei: 'End (Taipei time)',
	size: 'Size',
	framesPerSecond: 'Frames per second',
	videoPlan: '{seconds} s of video, {frames} frames ({perDay} s per day, at most {max} s).',
	chooseEndAfterStart: 'Choose an end time after the start time.',
	frameTitled: 'Each frame is titled with the event current at its time.',
	exportVideo: 'Export video',
	exportProgress: 'Export progress',
	cancel: 'Cancel',
	starting: 'Starting…',
	exportCancelled: 'Export cancelled.',
	exportFailed: 'Export failed: {error}',
	saved: 'Saved {width} × {height}: {file}.',
	savedVideo: 'Saved a {seconds} s video, {width} × {height}: {file}.',
	noImageCopy: 'This browser does not let pages copy images: use Download PNG instead.',
	copyRefused: 'the browser refused to copy the image ({error}). Use Download PNG instead.',
	copiedImage: 'Copied a {width} × {height} image.',
	savedFeatures: 'Saved {count} features: {file}.',
	frame: 'Frame',
	frameView: 'The current view',
	frameZones: 'The drill zones',
	frameStrait: 'The whole strait',
	frameHint:
		'The frame is fitted into the room the title, legend and footer leave, so no overlay covers it.',
	subtitle: 'Subtitle',
	note: 'Note',
	sourceLine: 'Source line',
	byline: 'Byline',
	preview: 'Preview',
	previewAlt: 'Preview of the {width} × {height} image',
	previewDrawing: 'Drawing the preview…',
	previewFailed: 'The preview could not be drawn: {error}',
	dateHint: 'Write dates as 2025-12-29 08:00 (Taipei time).',
	badDate: '{field}: cannot read “{value}”; write it as 2025-12-29 08:00.',
	videoFormat: 'Format'
} as const;

/** A key of the Export dialog's catalogue. */
export type ExportMessageKey = keyof typeof exportEn;

/** The Export dialog's catalogue in one language. */
export type ExportMessages = { readonly [K in ExportMessageKey]: string };
