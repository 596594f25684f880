import { roundCamera } from '../url/urlState';

/**
 * The file name of an export: `strait-atlas_<time ISO>_<zoom>-<lat>-<lng>.<ext>`, with the
 * time's colons as hyphens and anything else unsafe in file names replaced, so it saves on every
 * file system.
 * @example exportFileName(Date.UTC(2025, 11, 30), { zoom: 6.2, lat: 23.7, lng: 120.9 }) // "strait-atlas_2025-12-30T00-00-00Z_6.2-23.7-120.9.png"
 */
export function exportFileName(
	t: number,
	view: { zoom: number; lat: number; lng: number },
	ext = 'png'
): string {
	const time = Number.isFinite(t)
		? new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z')
		: 'unknown-time';
	const cam = roundCamera(view) ?? view;
	const name = `strait-atlas_${time}_${cam.zoom}-${cam.lat}-${cam.lng}.${ext}`;
	return name.replace(/[^A-Za-z0-9._-]/g, '-');
}
