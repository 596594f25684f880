import type { Page } from 'playwright-core';

/** window.straitAtlas.exportSnapshot in the page, with its PNG brought back as a Buffer. */
export async function snapshotPng(page: Page, options: Record<string, unknown>): Promise<Buffer> {
	const b64 = await page.evaluate(async (o) => {
		const blob = await window.straitAtlas!.exportSnapshot(o);
		const bytes = new Uint8Array(await blob.arrayBuffer());
		let bin = '';
		for (let i = 0; i < bytes.length; i += 0x8000) {
			bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		}
		return btoa(bin);
	}, options);
	return Buffer.from(b64, 'base64');
}
