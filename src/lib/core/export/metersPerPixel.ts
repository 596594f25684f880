const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/**
 * Ground metres per CSS pixel at a latitude and zoom in MapLibre's Web Mercator (512 px tiles).
 * @example metersPerPixel(0, 0) // 78271.5
 */
export function metersPerPixel(lat: number, zoom: number): number {
	return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
