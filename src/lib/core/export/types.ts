/** A size in pixels. */
export interface Size {
	width: number;
	height: number;
}

/** A rectangle in output pixels: left, top, width, height. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** What an export draws over the map. The attribution line is always drawn. */
export interface ExportOverlays {
	/** The title at the top; '' draws none. */
	title: string;
	/** A line under the title (what the picture shows); '' or absent draws none. */
	subtitle?: string;
	/** A note in the footer, above the sources (a caveat, a date of update). */
	note?: string;
	/** The publisher's source line, e.g. "Source: Eastern Theater Command, Taiwan MND". */
	source?: string;
	/** Who made the picture, e.g. "Map: A. Chen / Strait Atlas". */
	byline?: string;
	/** The time in Taipei time and UTC, under the title. */
	timeStamp: boolean;
	/** The legend of the layers shown. */
	legend: boolean;
	/** Metric and nautical scale bars. */
	scaleBar: boolean;
	/** A north arrow. */
	northArrow: boolean;
	/** The link to this view (`#t=...`) in the footer. */
	permalink: boolean;
}

/**
 * What `window.straitAtlas.exportSnapshot()` takes. Every field is optional: the size defaults to
 * the dialog's default preset, the time to the app's time, the overlays to the dialog's defaults
 * (the title to the event current at the exported time).
 */
export interface SnapshotOptions {
	width?: number;
	height?: number;
	/** ISO 8601 time to draw, e.g. `2025-12-30T12:00:00+08:00`. */
	time?: string;
	/**
	 * What the picture is fitted around, clear of the overlays: the current view (default), the
	 * drill zones or the strait; or 'as-shown', the live camera at the screen's scale, matching
	 * the screen pixel for pixel (overlays may then cover the map).
	 */
	frame?: 'view' | 'drill-zones' | 'strait' | 'as-shown';
	overlays?: Partial<ExportOverlays>;
}

/** Measures the width of a text in pixels at a font size and weight. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;
