import type { Bounds } from '../geo/bboxOf';
import type { Rect } from './types';

/** The frames the Export dialog offers: what the picture is fitted around. */
export type ExportFrame = 'view' | 'drill-zones' | 'strait';

/** The frames, in the order the dialog offers them (their words are in the export catalogue). */
export const EXPORT_FRAMES: readonly ExportFrame[] = ['view', 'drill-zones', 'strait'];

/** Web Mercator y of a latitude (unitless, as x is longitude in radians). */
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * Where a lon/lat box lands when fitted (as MapLibre's fitBounds does, north up) into a
 * rectangle: the largest box of the same Web Mercator shape, centred in it.
 * @example placeFrame([[118, 21], [123, 27]], { x: 0, y: 0, width: 800, height: 600 })
 */
export function placeFrame(bounds: Bounds, area: Rect): Rect {
	const [[w, s], [e, n]] = bounds;
	const fw = Math.max(1e-9, ((e - w) * Math.PI) / 180);
	const fh = Math.max(1e-9, mercY(n) - mercY(s));
	const k = Math.min(area.width / fw, area.height / fh);
	const width = fw * k;
	const height = fh * k;
	return {
		x: area.x + (area.width - width) / 2,
		y: area.y + (area.height - height) / 2,
		width,
		height
	};
}

/** The boxes each frame fits: the live view's free area, the drill zones drawn, the strait. */
export interface FrameChoices {
	view: Bounds;
	/** The drill zones of the exercises drawn, or null when none is drawn. */
	zones: Bounds | null;
	strait: Bounds;
}

/**
 * The lon/lat box an export fits into its free area for a chosen frame; "the drill zones" falls
 * back to the whole strait when no zone is drawn.
 * @example frameBoundsOf('strait', { view, zones: null, strait: INITIAL_BOUNDS }) // INITIAL_BOUNDS
 */
export function frameBoundsOf(frame: ExportFrame, choices: FrameChoices): Bounds {
	if (frame === 'view') return choices.view;
	if (frame === 'drill-zones') return choices.zones ?? choices.strait;
	return choices.strait;
}
