import { describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { POINT_STRIDE, UPLOAD_SLICE_POINTS } from '../../src/lib/core/import/pointBuffers';
import { SPLIT_MIN_CHARS } from '../../src/lib/core/import/splitCsv';
import { STORE_PART } from '../../src/lib/data/importStore';
import { freshApps, sharedApp, waitForMapIdle } from './util';

/** Rows in the file imported: a little over two slices, so the points take three uploads. */
const ROWS = UPLOAD_SLICE_POINTS * 2 + 1000;
/** Bytes of a whole slice of points, and of the 1,000 left. */
const SLICE_BYTES = UPLOAD_SLICE_POINTS * POINT_STRIDE * 4;
const REST_BYTES = 1000 * POINT_STRIDE * 4;

/**
 * Records in the page (`window.__uploads`) the bytes of every WebGL2 buffer upload from now on:
 * `bufferData` and `bufferSubData`, 0 for an allocation; and (`window.__questions`) every
 * question about a shader or program, which waits for the GPU process.
 */
function recordUploads() {
	const sizes: { call: string; bytes: number }[] = [];
	(window as unknown as { __uploads: typeof sizes }).__uploads = sizes;
	const questions: string[] = [];
	(window as unknown as { __questions: typeof questions }).__questions = questions;
	const proto = WebGL2RenderingContext.prototype;
	for (const call of [
		'getProgramParameter',
		'getShaderParameter',
		'getUniformLocation',
		'getAttribLocation'
	] as const) {
		const original = proto[call] as (...a: unknown[]) => unknown;
		(proto as unknown as Record<string, unknown>)[call] = function (
			this: WebGL2RenderingContext,
			...args: unknown[]
		) {
			// A uniform by its name: the points program's own say whose question it was.
			questions.push(call === 'getUniformLocation' ? `${call} ${String(args[1])}` : call);
			return original.apply(this, args);
		};
	}
	const bytesOf = (data: unknown, length?: number) =>
		typeof data === 'number'
			? 0
			: length !== undefined
				? length * 4
				: ((data as ArrayBufferView | null)?.byteLength ?? 0);
	for (const [call, at] of [
		['bufferData', 1],
		['bufferSubData', 2]
	] as const) {
		const original = proto[call] as (...a: unknown[]) => void;
		(proto as unknown as Record<string, unknown>)[call] = function (
			this: WebGL2RenderingContext,
			...args: unknown[]
		) {
			sizes.push({ call, bytes: bytesOf(args[at], args[4] as number | undefined) });
			return original.apply(this, args);
		};
	}
}

/** Imports `rows` synthetic points (one category); resolves to the dataset's id. */
function importRows(page: Page, rows: number): Promise<{ id: string; features: number }> {
	return page.evaluate(async (rows) => {
		const lines = ['lat,lon,time,category'];
		for (let i = 0; i < rows; i++) {
			const t = Date.UTC(2025, 11, 1) + (i % 1000) * 3_600_000;
			lines.push(
				`${22 + (i % 400) / 100},${118 + (i % 500) / 100},${new Date(t).toISOString()},ship`
			);
		}
		const s = await window.straitAtlas!.importData(lines.join('\n'), { name: 'many' });
		return { id: s.id, features: s.features };
	}, rows);
}

/** Waits until the dataset's GPU points layer holds every point. */
function pointsComplete(page: Page, id: string): Promise<void> {
	return page.evaluate(
		(id) =>
			new Promise<void>((resolve) => {
				const layer = () =>
					(
						window.straitAtlas?.map?.getLayer(`${id}-points`) as unknown as
							{ implementation?: { complete?: boolean } } | undefined
					)?.implementation;
				const check = () => (layer()?.complete ? resolve() : requestAnimationFrame(check));
				check();
			}),
		id
	);
}

/** The point uploads recorded: whole slices and the 1,000 points left, in order. */
const pointUploads = (page: Page) =>
	page.evaluate(
		([slice, rest]) =>
			(window as unknown as { __uploads: { call: string; bytes: number }[] }).__uploads
				.filter((s) => s.call === 'bufferSubData' && (s.bytes === slice || s.bytes === rest))
				.map((s) => s.bytes),
		[SLICE_BYTES, REST_BYTES] as const
	);

describe('large imported point sets', () => {
	const shared = sharedApp({ hash: '#t=2025-12-31T12:00:00Z' });
	const open = freshApps();

	it('prepareImportPoints() compiles the points program once the map has drawn: adding a dataset asks the GPU nothing about it', async () => {
		const app = shared();
		await app.page.context().addInitScript(recordUploads);
		await app.page.reload();
		await waitForMapIdle(app.page);
		const questions = () =>
			app.page.evaluate(() => (window as unknown as { __questions: string[] }).__questions);
		// The program's locations are read once the map has drawn, before any dataset.
		await expect
			.poll(async () => (await questions()).includes('getUniformLocation u_by_category'), {
				timeout: 30_000
			})
			.toBe(true);
		const before = (await questions()).length;
		const imported = await importRows(app.page, 1000);
		await pointsComplete(app.page, imported.id);
		await waitForMapIdle(app.page);
		expect((await questions()).slice(before)).toEqual([]);
	});

	it('preparePointsProgram() asks nothing about the program while the map is drawing', async () => {
		const app = await open({
			hash: '#t=2025-12-31T12:00:00Z',
			init: () => {
				// Notes when the points program's locations are read (its own uniform's name), and
				// scrubs from the moment the map exists, a step every 100 ms for four seconds.
				const w = window as unknown as { __asked: boolean; __askedWhileDrawing?: boolean };
				w.__asked = false;
				const proto = WebGL2RenderingContext.prototype;
				const locate = proto.getUniformLocation;
				proto.getUniformLocation = function (program, name) {
					if (name === 'u_by_category') w.__asked = true;
					return locate.call(this, program, name);
				};
				let step = 0;
				const tick = () => {
					const api = window.straitAtlas;
					if (api?.map) {
						api.setTime(new Date(Date.UTC(2025, 11, 29) + step * 3_600_000).toISOString());
						if (++step === 40) {
							w.__askedWhileDrawing = w.__asked;
							return;
						}
					}
					setTimeout(tick, 100);
				};
				tick();
			}
		});
		const read = (name: '__askedWhileDrawing' | '__asked') =>
			app.page.evaluate((n) => (window as unknown as Record<string, unknown>)[n], name);
		await expect.poll(() => read('__askedWhileDrawing'), { timeout: 30_000 }).toBe(false);
		// Once the map has stopped drawing, the program's locations are read.
		await expect.poll(() => read('__asked'), { timeout: 30_000 }).toBe(true);
	});

	it('importData() sends a large dataset to the GPU a slice a task, and every point arrives', async () => {
		const app = shared();
		await app.page.evaluate(recordUploads);
		const imported = await importRows(app.page, ROWS);
		expect(imported.features).toBe(ROWS);
		await pointsComplete(app.page, imported.id);
		const largest = await app.page.evaluate(() =>
			Math.max(
				...(window as unknown as { __uploads: { bytes: number }[] }).__uploads.map((s) => s.bytes)
			)
		);
		expect(largest).toBeLessThanOrEqual(SLICE_BYTES);
		// Two whole slices and the 1,000 points left: every point, none twice.
		expect(await pointUploads(app.page)).toEqual([SLICE_BYTES, SLICE_BYTES, REST_BYTES]);
		await waitForMapIdle(app.page);
	});

	it('saveLayer() stores a large dataset in parts of STORE_PART values, and a reload brings back every point', async () => {
		const app = await open({ hash: '#t=2025-12-31T12:00:00Z' });
		// Every IndexedDB write's key and, for typed arrays, its bytes.
		await app.page.evaluate(() => {
			const puts: { key: string; bytes: number }[] = [];
			(window as unknown as { __puts: typeof puts }).__puts = puts;
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (
				this: IDBObjectStore,
				value: unknown,
				key?: IDBValidKey
			) {
				puts.push({ key: String(key), bytes: ArrayBuffer.isView(value) ? value.byteLength : 0 });
				return put.call(this, value, key);
			};
		});
		const imported = await importRows(app.page, ROWS);
		await expect
			.poll(
				() =>
					app.page.evaluate(() =>
						(window as unknown as { __puts: { key: string }[] }).__puts.map((p) => p.key)
					),
				{ timeout: 30_000 }
			)
			.toContain(`meta:${imported.id}`);
		const puts = await app.page.evaluate(
			() => (window as unknown as { __puts: { key: string; bytes: number }[] }).__puts
		);
		expect(Math.max(...puts.map((p) => p.bytes))).toBe(STORE_PART * 8);
		expect(puts.filter((p) => p.key.startsWith(`data:${imported.id}:lon:`))).toHaveLength(
			Math.ceil(ROWS / STORE_PART)
		);
		await app.page.context().addInitScript(recordUploads);
		await app.page.reload();
		await waitForMapIdle(app.page);
		await pointsComplete(app.page, imported.id);
		expect(await pointUploads(app.page)).toEqual([SLICE_BYTES, SLICE_BYTES, REST_BYTES]);
	});

	it('importData() of a large CSV whose bytes break UTF-8 past the preview head names the line', async () => {
		const app = shared();
		const message = await app.page.evaluate(async () => {
			const rows = ['lat,lon,time,category'];
			for (let i = 0; i < 8000; i++) rows.push(`23.5,120.5,2025-12-30T00:00:00Z,ship${i}`);
			const good = new TextEncoder().encode(rows.join('\n') + '\n');
			// One byte that is never UTF-8, on the line after the good ones (well past 256 KB).
			const bad = new Uint8Array([
				...new TextEncoder().encode('23.5,120.5,2025-12-30T00:00:00Z,'),
				0xff
			]);
			const blob = new Blob([good, bad], { type: 'text/csv' });
			try {
				await window.straitAtlas!.importData(blob, { name: 'broken', format: 'csv' });
				return 'imported';
			} catch (e) {
				return (e as Error).message;
			}
		});
		expect(message).toContain('not UTF-8');
		expect(message).toContain('line 8002');
	});

	it('importData() reads a CSV over SPLIT_MIN_CHARS in two import workers at once, rows numbered as in the file', async () => {
		// A page of its own: no import worker is running yet, so every one the import uses is seen.
		const app = await open({ hash: '#t=2025-12-31T12:00:00Z' });
		// Each import worker the page runs, and whether it has closed.
		const workers: { url: string; closed: boolean }[] = [];
		const onWorker = (w: Worker) => {
			const seen = { url: w.url(), closed: false };
			workers.push(seen);
			w.on('close', () => (seen.closed = true));
		};
		app.page.on('worker', onWorker);
		const result = await app.page.evaluate(async (minChars) => {
			const lines = ['lat,lon,time,category'];
			let chars = lines[0]!.length;
			for (let i = 0; chars < minChars + 100_000; i++) {
				const t = new Date(Date.UTC(2025, 11, 1) + (i % 1000) * 3_600_000).toISOString();
				const line = `${22 + (i % 400) / 100},${118 + (i % 500) / 100},${t},ship${i % 3}`;
				lines.push(line);
				chars += line.length + 1;
			}
			// A bad latitude in the first record and in the last but one: row 2, and the row before
			// the last (the header is row 1).
			lines[1] = lines[1]!.replace(/^[^,]+/, '95');
			lines[lines.length - 2] = lines[lines.length - 2]!.replace(/^[^,]+/, '95');
			const blob = new Blob([lines.join('\n')], { type: 'text/csv' });
			const s = await window.straitAtlas!.importData(blob, { name: 'halves', format: 'csv' });
			return { records: lines.length - 1, features: s.features, errors: s.errors };
		}, SPLIT_MIN_CHARS);
		app.page.off('worker', onWorker);
		// The page's import worker, kept for the next job, and the second one, closed once it had
		// read its half: a worker started ahead and left unused would still be running.
		expect(workers.filter((w) => w.url.includes('importWorker')).map((w) => w.closed)).toEqual([
			false,
			true
		]);
		expect(result.features).toBe(result.records - 2);
		expect(result.errors.map((e) => [e.where, e.column])).toEqual([
			[{ kind: 'row', n: 2 }, 'lat'],
			[{ kind: 'row', n: result.records }, 'lat']
		]);
	});

	it('importData() reads the preview and the import in one worker: a second one is not started', async () => {
		const app = shared();
		const started = await app.page.evaluate(async () => {
			let count = 0;
			const Original = window.Worker;
			window.Worker = class extends Original {
				constructor(...args: ConstructorParameters<typeof Worker>) {
					super(...args);
					count++;
				}
			};
			try {
				await window.straitAtlas!.importData('lat,lon\n23.5,120.5\n', { name: 'one' });
			} finally {
				window.Worker = Original;
			}
			return count;
		});
		expect(started).toBeLessThanOrEqual(1);
	});
});
