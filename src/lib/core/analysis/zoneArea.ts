import { area } from '@turf/turf';
import type { Polygon } from 'geojson';
import { densifyRhumb } from './densifyRhumb';
import { polygonOf } from './polygonOf';
import { toArea } from './toArea';
import { DENSIFY_KM, type Area, type ZoneInput } from './types';

// WGS84 ellipsoid.
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
/** Turf's spherical radius (metres), which `area` uses. */
const TURF_R = 6371008.8;

/** q(φ) of the authalic latitude (Snyder 1987, eq. 3-12). */
function q(phi: number): number {
	const s = Math.sin(phi);
	return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
}
const QP = q(Math.PI / 2);
/** Radius (metres) of the sphere with the ellipsoid's surface area, about 6371007.2 m. */
const R_AUTHALIC = A * Math.sqrt(QP / 2);
const DEG = Math.PI / 180;

/** Authalic latitude (degrees) of a geodetic latitude (degrees). */
function authalic(latDeg: number): number {
	return Math.asin(Math.max(-1, Math.min(1, q(latDeg * DEG) / QP))) / DEG;
}

/**
 * The area of a zone on the WGS84 ellipsoid, in km² and nm².
 *
 * Edges are rhumb lines, straight on the map as the app and a chart draw them (densified every
 * 1 km). Latitudes are mapped to authalic latitudes, an equal-area map of the ellipsoid onto a
 * sphere of radius 6371.0072 km, and turf's `area` measures the result there. This matters at
 * three significant figures: turf's `area` alone treats the Earth as a sphere of radius
 * 6371.0088 km and overstates a 1° square at the equator by 0.45% (12,364 km² instead of the
 * ellipsoid's 12,308.8 km²). Holes are subtracted; ring winding does not matter.
 *
 * @param {ZoneInput} zone a zone Feature (e.g. a `DrillZoneFeature`) or a Polygon (not modified)
 * @returns {Area} the area, unrounded: `{ km2, nm2 }` (1 nm² = 3.429904 km²)
 * @example
 * const square = turf.polygon([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]);
 * const a = zoneArea(square);
 * //=a.km2 is about 12308.8
 */
export function zoneArea(zone: ZoneInput): Area {
	const mapped: Polygon = {
		type: 'Polygon',
		coordinates: polygonOf(zone).coordinates.map((ring) =>
			densifyRhumb(ring, DENSIFY_KM).map(([lon = NaN, lat = NaN]) => [lon, authalic(lat)])
		)
	};
	const m2 = area(mapped) * (R_AUTHALIC / TURF_R) ** 2;
	return toArea(m2 / 1e6);
}
