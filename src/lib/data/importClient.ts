import { importErrorsEn } from '../core/i18n/messages/importErrors/en';
import { ImportFailure } from '../core/import/ImportFailure';
import type { ImportPreview } from '../core/import/importText';
import type {
	ColumnarPoints,
	ColumnMapping,
	ImportFormat,
	ImportResult
} from '../core/import/types';
import type { PointBuffers, WorkerReply, WorkerRequest } from './importProtocol';

export type { PointBuffers } from './importProtocol';

/** A running job in the import worker: its answer, and a way to stop it at once. */
export interface WorkerJob<T> {
	promise: Promise<T>;
	/** Terminates the worker if the job is still running; the promise rejects with an AbortError. */
	cancel(): void;
}

/** How long a worker that finished a job is kept for the next one (a preview's, for its import). */
const KEEP_MS = 10_000;

/** A worker that finished its job, kept for the next: starting one costs 0.2-0.4 s. */
let idle: { worker: Worker; timer: ReturnType<typeof setTimeout> } | null = null;

function takeWorker(): Worker {
	if (idle) {
		clearTimeout(idle.timer);
		const { worker } = idle;
		idle = null;
		return worker;
	}
	return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
}

function keepWorker(worker: Worker): void {
	worker.onmessage = worker.onerror = null;
	if (idle) idle.worker.terminate();
	const timer = setTimeout(() => {
		worker.terminate();
		if (idle?.worker === worker) idle = null;
	}, KEEP_MS);
	idle = { worker, timer };
}

function run<T>(
	request: WorkerRequest,
	pick: (reply: WorkerReply) => T | undefined,
	onProgress?: (done: number, total: number) => void
): WorkerJob<T> {
	const worker = takeWorker();
	let settle: { reject: (e: Error) => void } | null = null;
	let done = false;
	const promise = new Promise<T>((resolve, reject) => {
		settle = { reject };
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') return onProgress?.(reply.done, reply.total);
			// A reply ends the job; the worker is kept for the next one.
			done = true;
			keepWorker(worker);
			if (reply.type === 'error') {
				// An ImportFailure comes back as one, its message in English for the console.
				return reject(
					reply.reason ? new ImportFailure(reply.reason, importErrorsEn) : new Error(reply.message)
				);
			}
			const value = pick(reply);
			if (value === undefined) reject(new Error(`unexpected reply "${reply.type}"`));
			else resolve(value);
		};
		worker.onerror = (event) => {
			done = true;
			worker.terminate();
			reject(new Error(event.message || 'the import worker failed'));
		};
	});
	worker.postMessage(request);
	return {
		promise,
		cancel() {
			if (done) return; // its worker may be serving another job by now
			done = true;
			worker.terminate();
			settle?.reject(new DOMException('import cancelled', 'AbortError'));
		}
	};
}

/** The columns, guessed mapping and first rows of a file, read in the worker. */
export function previewFile(
	file: Blob | string,
	options: { name?: string; format?: ImportFormat; encoding?: string } = {}
): WorkerJob<{ preview: ImportPreview; encoding: string }> {
	return run({ type: 'preview', file, ...options }, (r) =>
		r.type === 'preview' ? { preview: r.preview, encoding: r.encoding } : undefined
	);
}

/** What an import sends back: the result (columnar) and the GPU buffers of its points. */
export interface ImportedFile {
	result: ImportResult;
	buffers: PointBuffers;
	encoding: string;
}

/** Imports a file in the worker, reporting progress (characters parsed of the total). */
export function importFile(
	file: Blob | string,
	options: {
		format: ImportFormat;
		mapping: ColumnMapping;
		timeZone: string;
		encoding?: string;
	},
	onProgress?: (done: number, total: number) => void
): WorkerJob<ImportedFile> {
	return run(
		{ type: 'import', file, ...options },
		(r) =>
			r.type === 'done'
				? { result: r.result, buffers: r.buffers, encoding: r.encoding }
				: undefined,
		onProgress
	);
}

/** The GPU buffers of points that came back from storage or a project file, built in the worker. */
export function buildBuffers(points: ColumnarPoints): WorkerJob<PointBuffers> {
	return run({ type: 'buffers', points }, (r) => (r.type === 'buffers' ? r.buffers : undefined));
}

/** The bench's floor: papaparse alone parsing the same file in a worker (rows counted). */
export function bareParse(file: Blob | string): WorkerJob<number> {
	return run({ type: 'bare', file }, (r) => (r.type === 'bare' ? r.rows : undefined));
}
