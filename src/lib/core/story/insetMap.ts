import type { Geometry } from 'geojson';

/** The inset locator's extent, longitudes east of 180 written past 180 (Washington at 283°). */
export interface InsetView {
	west: number;
	east: number;
	south: number;
	north: number;
}

/**
 * The Pacific from Singapore to Washington: the strait and every far-away capital of the story
 * on one small map.
 */
export const PACIFIC_INSET: InsetView = { west: 95, east: 290, south: -5, north: 55 };

/** Longitudes west of the inset's seam (30°W, in the Atlantic) moved past 180°. */
const shift = (lon: number) => (lon < -30 ? lon + 360 : lon);

/**
 * An equirectangular projection of the inset: lon/lat to SVG pixels in a `width` × `height` box.
 * Longitudes east of 180° (the Americas) are continued past 180 so the Pacific is not cut.
 * @example insetPoint([121.57, 25.04], 300, 100) // [x, y] inside the box
 */
export function insetPoint(
	[lon, lat]: readonly number[],
	width: number,
	height: number,
	view: InsetView = PACIFIC_INSET
): [number, number] {
	const x = ((shift(lon!) - view.west) / (view.east - view.west)) * width;
	const y = ((view.north - lat!) / (view.north - view.south)) * height;
	return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** The inset's height for a width, keeping its shape true at its middle latitude. */
export function insetHeight(width: number, view: InsetView = PACIFIC_INSET): number {
	const midLat = ((view.north + view.south) / 2) * (Math.PI / 180);
	return Math.round(
		(width * (view.north - view.south)) / ((view.east - view.west) * Math.cos(midLat))
	);
}

function* rings(g: Geometry): Generator<number[][]> {
	if (g.type === 'Polygon') yield* g.coordinates;
	else if (g.type === 'MultiPolygon') for (const p of g.coordinates) yield* p;
	else if (g.type === 'GeometryCollection') for (const c of g.geometries) yield* rings(c);
}

/**
 * The SVG path of land for the inset, from the basemap's world polygons: rings wholly outside
 * the view are left out, the rest drawn in the inset's projection (clip the SVG to its box).
 */
export function insetLandPath(
	geometries: readonly Geometry[],
	width: number,
	height: number,
	view: InsetView = PACIFIC_INSET
): string {
	const parts: string[] = [];
	for (const g of geometries) {
		for (const ring of rings(g)) {
			const lons = ring.map((p) => shift(p[0]!));
			const lats = ring.map((p) => p[1]!);
			if (
				Math.max(...lons) < view.west ||
				Math.min(...lons) > view.east ||
				Math.max(...lats) < view.south ||
				Math.min(...lats) > view.north
			)
				continue;
			const pts = ring.map((p) => insetPoint(p, width, height, view).join(','));
			parts.push(`M${pts.join('L')}Z`);
		}
	}
	return parts.join('');
}

/**
 * A curved line (a quadratic Bézier, bowed north) from one inset point to another: the arc
 * from the strait to a far-away capital.
 * @example insetArc([10, 50], [90, 40]) // "M10,50Q50,…"
 */
export function insetArc(from: readonly [number, number], to: readonly [number, number]): string {
	const [x0, y0] = from;
	const [x1, y1] = to;
	const bow = Math.hypot(x1 - x0, y1 - y0) * 0.25;
	const cx = (x0 + x1) / 2;
	const cy = Math.min(y0, y1) - bow;
	return `M${x0},${y0}Q${Math.round(cx * 10) / 10},${Math.round(cy * 10) / 10} ${x1},${y1}`;
}
