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
import { pointBuffers } from '../core/import/pointBuffers';
import { importText, previewText } from '../core/import/importText';
import type { ColumnarPoints, ImportResult } from '../core/import/types';
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

/** Parses CSV or TSV text in chunks of PARSE_CHUNK characters, resolving when it is all read. */
function parseChunks(
	text: string,
	delimiter: string | undefined,
	onChunk: (results: Papa.ParseResult<Record<string, unknown>>) => void
): Promise<void> {
	return new Promise((resolve) => {
		Papa.parse<Record<string, unknown>>(text, {
			...CSV_CONFIG,
			...(delimiter ? { delimiter } : {}),
			chunkSize: PARSE_CHUNK,
			chunk: onChunk,
			complete: () => resolve()
		});
	});
}

async function importCsv(
	text: string,
	request: Extract<WorkerRequest, { type: 'import' }>
): Promise<ImportResult> {
	const reader = new CsvReader({ mapping: request.mapping, timeZone: request.timeZone });
	await parseChunks(text, request.format === 'tsv' ? '\t' : undefined, (results) => {
		reader.read(results);
		reply({ type: 'progress', done: results.meta.cursor, total: text.length });
	});
	const { builder } = reader;
	return {
		format: request.format,
		points: builder.finish(),
		shapes: [],
		errors: builder.errors.kept,
		errorCount: builder.errors.count,
		total: builder.total
	};
}

async function handle(request: WorkerRequest): Promise<void> {
	if (request.type === 'buffers') {
		const buffers = pointBuffers(request.points);
		reply({ type: 'buffers', buffers }, [buffers.vertices.buffer]);
		return;
	}
	if (request.type === 'preview') {
		const fromHead = await previewFromHead(request);
		if (fromHead) {
			reply({ type: 'preview', ...fromHead });
			return;
		}
	}
	const { text, encoding } = await readText(
		request.file,
		'encoding' in request ? request.encoding : undefined
	);
	if (request.type === 'bare') {
		let rows = 0;
		await parseChunks(text, undefined, (r) => void (rows += r.data.length));
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
