import type { Page } from 'playwright-core';

/** A rectangle in image pixels. */
export type Box = { x: number; y: number; width: number; height: number };

/**
 * The mean absolute difference per channel (0–255) between two PNGs inside `box` (each image's
 * own pixels at the same place), decoded in the page so no image library is needed here.
 */
export async function pngDiff(page: Page, a: Buffer, b: Buffer, box: Box): Promise<number> {
	return page.evaluate(
		async ({ a, b, box }) => {
			const pixels = async (b64: string) => {
				const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const canvas = new OffscreenCanvas(box.width, box.height);
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(bitmap, -box.x, -box.y);
				return ctx.getImageData(0, 0, box.width, box.height).data;
			};
			const [pa, pb] = await Promise.all([pixels(a), pixels(b)]);
			let sum = 0;
			for (let i = 0; i < pa.length; i += 4) {
				sum +=
					Math.abs(pa[i]! - pb[i]!) +
					Math.abs(pa[i + 1]! - pb[i + 1]!) +
					Math.abs(pa[i + 2]! - pb[i + 2]!);
			}
			return sum / ((pa.length / 4) * 3);
		},
		{ a: a.toString('base64'), b: b.toString('base64'), box }
	);
}
