import type { Page } from 'playwright-core';

/** window.straitAtlas.exportSnapshot in the page: the file's MIME type and its bytes. */
export async function exportedFile(
	page: Page,
	options: Record<string, unknown>
): Promise<{ type: string; bytes: Buffer }> {
	const { type, b64 } = await page.evaluate(async (o) => {
		const blob = await window.straitAtlas!.exportSnapshot(o);
		const bytes = new Uint8Array(await blob.arrayBuffer());
		let bin = '';
		for (let i = 0; i < bytes.length; i += 0x8000) {
			bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		}
		return { type: blob.type, b64: btoa(bin) };
	}, options);
	return { type, bytes: Buffer.from(b64, 'base64') };
}

/** window.straitAtlas.exportSnapshot in the page, with its PNG brought back as a Buffer. */
export async function snapshotPng(page: Page, options: Record<string, unknown>): Promise<Buffer> {
	return (await exportedFile(page, options)).bytes;
}
