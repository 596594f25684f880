import { describe, expect, it } from 'vitest';
import { POINT_STRIDE, UPLOAD_SLICE_POINTS } from '../../src/lib/core/import/pointBuffers';
import { sharedApp, waitForMapIdle } from './util';

/** Rows in the file imported: a little over two slices, so the points take three uploads. */
const ROWS = UPLOAD_SLICE_POINTS * 2 + 1000;

describe('large imported point sets', () => {
	const shared = sharedApp({ hash: '#t=2025-12-31T12:00:00Z' });

	it('importData() sends a large dataset to the GPU a slice a task, and every point arrives', async () => {
		const app = shared();
		const uploads = await app.page.evaluate(async (rows) => {
			// Every buffer upload from now on, in bytes (WebGL2: bufferData and bufferSubData).
			const sizes: { call: string; bytes: number }[] = [];
			const proto = WebGL2RenderingContext.prototype;
			const bytesOf = (data: unknown, length?: number) =>
				typeof data === 'number'
					? 0 // allocation only
					: length !== undefined
						? length * 4
						: ((data as ArrayBufferView | null)?.byteLength ?? 0);
			const bufferData = proto.bufferData;
			const bufferSubData = proto.bufferSubData;
			proto.bufferData = function (this: WebGL2RenderingContext, ...args: unknown[]) {
				sizes.push({ call: 'bufferData', bytes: bytesOf(args[1], args[4] as number | undefined) });
				return (bufferData as (...a: unknown[]) => void).apply(this, args);
			} as typeof proto.bufferData;
			proto.bufferSubData = function (this: WebGL2RenderingContext, ...args: unknown[]) {
				sizes.push({
					call: 'bufferSubData',
					bytes: bytesOf(args[2], args[4] as number | undefined)
				});
				return (bufferSubData as (...a: unknown[]) => void).apply(this, args);
			} as typeof proto.bufferSubData;
			const lines = ['lat,lon,time,category'];
			for (let i = 0; i < rows; i++) {
				const t = Date.UTC(2025, 11, 1) + (i % 1000) * 3_600_000;
				lines.push(
					`${22 + (i % 400) / 100},${118 + (i % 500) / 100},${new Date(t).toISOString()},ship`
				);
			}
			const summary = await window.straitAtlas!.importData(lines.join('\n'), { name: 'many' });
			const map = window.straitAtlas!.map!;
			const id = `${summary.id}-points`;
			const layer = () =>
				(map.getLayer(id) as unknown as { implementation?: { complete?: boolean } } | undefined)
					?.implementation;
			await new Promise<void>((resolve) => {
				const check = () => (layer()?.complete ? resolve() : requestAnimationFrame(check));
				check();
			});
			proto.bufferData = bufferData;
			proto.bufferSubData = bufferSubData;
			return { features: summary.features, sizes };
		}, ROWS);
		expect(uploads.features).toBe(ROWS);
		const slice = UPLOAD_SLICE_POINTS * POINT_STRIDE * 4;
		const largest = Math.max(...uploads.sizes.map((s) => s.bytes));
		expect(largest).toBeLessThanOrEqual(slice);
		// Two whole slices and the 1,000 points left: every point, none twice.
		const rest = 1000 * POINT_STRIDE * 4;
		const points = uploads.sizes
			.filter((s) => s.call === 'bufferSubData' && (s.bytes === slice || s.bytes === rest))
			.map((s) => s.bytes);
		expect(points).toEqual([slice, slice, rest]);
		await waitForMapIdle(app.page);
	});
});
