/// <reference lib="webworker" />
// The import worker: decodes, parses (papaparse, chunked), checks and normalises a file off the
// main thread, reports progress, and sends the columnar arrays back as transfers. The page
// cancels an import by terminating the worker (importClient).
import Papa from 'papaparse';
import { decodeText, sniffEncoding } from '../core/import/decodeText';
import { wholeLines } from '../core/import/wholeLines';
import { detectFormat } from '../core/import/detectFormat';
import { ImportFailure } from '../core/import/ImportFailure';
import { CSV_CONFIG, CsvReader } from '../core/import/fromCsv';
import { mergeParts, type CsvPart } from '../core/import/mergeParts';
import { SPLIT_MIN_CHARS, splitCsv } from '../core/import/splitCsv';
import { pointBuffers } from '../core/import/pointBuffers';
import { importText, previewText } from '../core/import/importText';
import type { ColumnarPoints, ColumnMapping, ImportResult } from '../core/import/types';
import { parseXml } from './parseXml';
import type { WorkerReply, WorkerRequest } from './importProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: WorkerReply, transfer: Transferable[] = []) =>
	scope.postMessage(message, transfer);

/**
 * How much of a CSV or TSV a preview reads: the bytes of a large file's head, or the characters
 * of a text already decoded whole. The import reads the whole file again; reading and decoding
 * all of it for the preview too (51 MB: ~0.3 s before the import could start) showed nothing more.
 */
const PREVIEW_HEAD = 256 * 1024;

/** The name a preview detects the format by: the file's own, else the one given with it. */
function fileName(request: Extract<WorkerRequest, { type: 'preview' }>): string | undefined {
	return request.file instanceof File ? request.file.name : request.name;
}

/**
 * The preview of a large CSV or TSV file from its head alone, or null when the whole file is
 * needed: a small file, UTF-16, another format (GeoJSON, KML and GPX are parsed whole), or a
 * head that does not decode (the whole file is then read, to say where it breaks). Bytes past
 * the head are checked when the file is imported.
 */
async function previewFromHead(
	request: Extract<WorkerRequest, { type: 'preview' }>
): Promise<{ preview: ReturnType<typeof previewText>; encoding: string } | null> {
	const { file } = request;
	if (typeof file === 'string' || file.size <= PREVIEW_HEAD) return null;
	const bytes = wholeLines(new Uint8Array(await file.slice(0, PREVIEW_HEAD).arrayBuffer()));
	const encoding = request.encoding ?? sniffEncoding(bytes.subarray(0, 512));
	if (encoding.startsWith('utf-16')) return null;
	const decoded = decodeText(bytes, request.encoding);
	if (!decoded.ok) return null;
	const format = request.format ?? detectFormat(fileName(request), decoded.text.slice(0, 4096));
	if (format !== 'csv' && format !== 'tsv') return null;
	return { preview: previewText(decoded.text, format, parseXml), encoding: decoded.encoding };
}

/** Bytes parsed per papaparse chunk: small enough for steady progress, big enough to be fast. */
const PARSE_CHUNK = 4 * 1024 * 1024;

async function readText(
	file: Blob | string,
	encoding?: string
): Promise<{ text: string; encoding: string }> {
	if (typeof file === 'string') return { text: file, encoding: 'utf-16' };
	const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), encoding);
	if (!decoded.ok) throw new ImportFailure(decoded.reason);
	return decoded;
}

function transfers(points: ColumnarPoints): Transferable[] {
	return [points.lon, points.lat, points.start, points.end, points.category].map((a) => a.buffer);
}

/** How a CSV or TSV text is cut into records: the delimiter and line break, when known. */
interface Dialect {
	delimiter?: string;
	newline?: '\n' | '\r\n';
}

/**
 * Lets the worker's event loop run between two chunks: the second worker a large import starts
 * (readInSecondWorker) starts and reports only when this worker's loop turns, and papaparse reads
 * a whole string in one go unless paused. A message on a channel of its own, not a timer, which
 * browsers may delay.
 */
function nextTurn(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** Parses CSV or TSV text in chunks of PARSE_CHUNK characters, resolving when it is all read. */
function parseChunks(
	text: string,
	dialect: Dialect,
	onChunk: (results: Papa.ParseResult<Record<string, unknown>>) => void
): Promise<void> {
	return new Promise((resolve) => {
		Papa.parse<Record<string, unknown>>(text, {
			...CSV_CONFIG,
			...(dialect.delimiter ? { delimiter: dialect.delimiter } : {}),
			...(dialect.newline ? { newline: dialect.newline } : {}),
			chunkSize: PARSE_CHUNK,
			chunk: (results: Papa.ParseResult<Record<string, unknown>>, parser: Papa.Parser) => {
				onChunk(results);
				parser.pause();
				void nextTurn().then(() => parser.resume());
			},
			complete: () => resolve()
		});
	});
}

/** Reads CSV or TSV text into points, reporting the characters read after each chunk. */
async function readPart(
	text: string,
	dialect: Dialect,
	options: { mapping: ColumnMapping; timeZone: string },
	onProgress: (done: number) => void
): Promise<CsvPart> {
	const reader = new CsvReader(options);
	await parseChunks(text, dialect, (results) => {
		reader.read(results);
		onProgress(results.meta.cursor);
	});
	return reader.part();
}

/**
 * A second worker started ahead for a large CSV or TSV file (see warmSecondWorker). One left
 * unused (the file had a quote, so it was read whole) waits for the next large import, and ends
 * with this worker, which the page ends 10 s after its last job.
 */
let spare: Worker | null = null;

/** This same script in a worker of its own (the page's import worker URL, built or not); null where a worker cannot start one. */
function startWorker(): Worker | null {
	try {
		return new Worker(scope.location.href, { type: 'module' });
	} catch {
		return null;
	}
}

/**
 * Starts the second worker a CSV or TSV file large enough to be read in halves will use, as its
 * preview is shown or its import starts: its module then loads (~0.2 s) while the file is read
 * and decoded, or while the user looks at the preview, rather than after.
 */
function warmSecondWorker(file: Blob | string, format: string | undefined): void {
	const size = typeof file === 'string' ? file.length : file.size;
	if (spare || size < SPLIT_MIN_CHARS || (format !== 'csv' && format !== 'tsv')) return;
	spare = startWorker();
}

/**
 * A second import worker reading `request`'s half: `started` settles once it has the half and
 * is reading it, `part` with what it read; `onProgress` gets the characters it has read. Null
 * where a worker cannot start one (the import then reads it all).
 */
function readInSecondWorker(
	request: Extract<WorkerRequest, { type: 'part' }>,
	onProgress: (done: number) => void
): { started: Promise<void>; part: Promise<CsvPart> } | null {
	const worker = spare ?? startWorker();
	spare = null;
	if (!worker) return null;
	let started!: () => void;
	const start = new Promise<void>((resolve) => (started = resolve));
	const part = new Promise<CsvPart>((resolve, reject) => {
		worker.onmessage = (e: MessageEvent<WorkerReply>) => {
			const r = e.data;
			started();
			if (r.type === 'progress') onProgress(r.done);
			else if (r.type === 'part') resolve(r.part);
			else if (r.type === 'error')
				reject(r.reason ? new ImportFailure(r.reason) : new Error(r.message));
		};
		worker.onerror = (e) => reject(new Error(e.message || 'the second import worker failed'));
		worker.postMessage(request);
	}).finally(() => worker.terminate());
	// A failure before it started ends the wait for it too (the import then fails with it).
	return { started: Promise.race([start, part.then(() => {})]), part };
}

async function importCsv(
	text: string,
	request: Extract<WorkerRequest, { type: 'import' }>
): Promise<ImportResult> {
	const delimiter = request.format === 'tsv' ? '\t' : undefined;
	const options = { mapping: request.mapping, timeZone: request.timeZone };
	// A large file with no quotes is read in two halves at once, by this worker and a second one:
	// the same records, points, errors and row numbers as one read (core/import/splitCsv).
	const halves = splitCsv(text, delimiter);
	// The second half's text starts with the header again, which is no progress.
	const header = halves ? halves.second.length - (text.length - halves.first.length) : 0;
	const done = [0, 0];
	const progress = () =>
		reply({
			type: 'progress',
			done: done[0]! + Math.max(0, done[1]! - header),
			total: text.length
		});
	const second =
		halves &&
		readInSecondWorker(
			{
				type: 'part',
				text: halves.second,
				delimiter: halves.delimiter,
				newline: halves.newline,
				...options
			},
			(n) => {
				done[1] = n;
				progress();
			}
		);
	// The second worker starts (its module loads) only as this worker's event loop turns, which
	// a chunk being read holds ~0.2 s: this worker waits for it before reading its own half.
	if (second) await second.started;
	const part = await readPart(
		second ? halves.first : text,
		second ? halves : { delimiter },
		options,
		(n) => {
			done[0] = n;
			progress();
		}
	);
	const whole = second ? mergeParts(part, await second.part) : part;
	return {
		format: request.format,
		points: whole.points,
		shapes: [],
		errors: whole.errors,
		errorCount: whole.errorCount,
		total: whole.total
	};
}

async function handle(request: WorkerRequest): Promise<void> {
	if (request.type === 'part') {
		// Says it has started (see readInSecondWorker), then reads.
		reply({ type: 'progress', done: 0, total: request.text.length });
		const part = await readPart(request.text, request, request, (done) =>
			reply({ type: 'progress', done, total: request.text.length })
		);
		reply({ type: 'part', part }, transfers(part.points));
		return;
	}
	if (request.type === 'buffers') {
		const buffers = pointBuffers(request.points);
		reply({ type: 'buffers', buffers }, [buffers.vertices.buffer]);
		return;
	}
	if (request.type === 'preview') {
		const fromHead = await previewFromHead(request);
		if (fromHead) {
			warmSecondWorker(request.file, fromHead.preview.format);
			reply({ type: 'preview', ...fromHead });
			return;
		}
	}
	if (request.type === 'import') warmSecondWorker(request.file, request.format);
	const { text, encoding } = await readText(
		request.file,
		'encoding' in request ? request.encoding : undefined
	);
	if (request.type === 'bare') {
		let rows = 0;
		await parseChunks(text, {}, (r) => void (rows += r.data.length));
		reply({ type: 'bare', rows });
		return;
	}
	if (request.type === 'preview') {
		const format = request.format ?? detectFormat(fileName(request), text.slice(0, 4096));
		if (!format) throw new ImportFailure({ code: 'unknownFormat', params: {} });
		const head = format === 'csv' || format === 'tsv' ? text.slice(0, PREVIEW_HEAD) : text;
		reply({ type: 'preview', preview: previewText(head, format, parseXml), encoding });
		return;
	}
	reply({ type: 'progress', done: 0, total: text.length });
	const result =
		request.format === 'csv' || request.format === 'tsv'
			? await importCsv(text, request)
			: importText(text, { ...request, parseXml });
	const buffers = pointBuffers(result.points);
	reply({ type: 'done', result, buffers, encoding }, [
		...transfers(result.points),
		buffers.vertices.buffer
	]);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
	handle(event.data).catch((e: unknown) =>
		reply({
			type: 'error',
			message: e instanceof Error ? e.message : String(e),
			...(e instanceof ImportFailure && { reason: e.reason })
		})
	);
};
