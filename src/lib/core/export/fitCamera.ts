import type { Bounds } from '../geo/bboxOf';
import type { CameraView, Padding } from '../map/view';
import type { Size } from './types';

/** MapLibre's world size at zoom 0, in CSS pixels (512 px tiles). */
const WORLD = 512;

/** Web Mercator x (0 to 1 across the world) of a longitude. */
const mercX = (lng: number) => (lng + 180) / 360;
/** Web Mercator y (0 at the north edge to 1 at the south) of a latitude. */
const mercY = (lat: number) =>
	0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
const lngOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/**
 * The camera (north up) that fits a lon/lat box into a map of `size` CSS pixels, leaving
 * `padding` free on each side, as MapLibre's fitBounds does: the largest zoom at which the box
 * fits the padded area, centred in it. Pure, so an export knows its camera, and the scale bar
 * its metres per pixel, before any map is drawn.
 * @example fitCamera([[119, 22], [122, 26]], { width: 1280, height: 720 }, { top: 0, right: 0, bottom: 0, left: 0 })
 */
export function fitCamera(bounds: Bounds, size: Size, padding: Padding): CameraView {
	const [[w, s], [e, n]] = bounds;
	const x0 = mercX(w);
	const x1 = mercX(e);
	const y0 = mercY(n);
	const y1 = mercY(s);
	const freeW = Math.max(1, size.width - padding.left - padding.right);
	const freeH = Math.max(1, size.height - padding.top - padding.bottom);
	const k = Math.min(freeW / Math.max(1e-12, x1 - x0), freeH / Math.max(1e-12, y1 - y0));
	const zoom = Math.log2(k / WORLD);
	// The box's centre sits at the padded area's centre; the camera's centre is the map's centre.
	const shiftX = (padding.left - padding.right) / 2 / k;
	const shiftY = (padding.top - padding.bottom) / 2 / k;
	return {
		zoom,
		lng: lngOf((x0 + x1) / 2 - shiftX),
		lat: latOf((y0 + y1) / 2 - shiftY)
	};
}

/**
 * The lon/lat box a camera shows in the part of a `size` map that `padding` leaves free: what
 * the person sees of the live map, clear of the panel and the time bar.
 * @example viewBounds({ zoom: 6, lng: 120, lat: 24 }, { width: 1280, height: 800 }, { top: 0, right: 0, bottom: 0, left: 0 })
 */
export function viewBounds(camera: CameraView, size: Size, padding: Padding): Bounds {
	const k = WORLD * 2 ** camera.zoom;
	const cx = mercX(camera.lng);
	const cy = mercY(camera.lat);
	const left = cx + (padding.left - size.width / 2) / k;
	const right = cx + (size.width / 2 - padding.right) / k;
	const top = cy + (padding.top - size.height / 2) / k;
	const bottom = cy + (size.height / 2 - padding.bottom) / k;
	return [
		[lngOf(Math.min(left, right)), latOf(Math.max(top, bottom))],
		[lngOf(Math.max(left, right)), latOf(Math.min(top, bottom))]
	];
}
