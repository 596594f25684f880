import type { RowErrorReason } from '../core/import/types';
import type { ImportPreview } from '../core/import/importText';
import type { ImportChunk } from '../core/import/importChunks';
import type { ColumnarPoints, ColumnMapping, ImportFormat, ImportResult } from '../core/import/types';

/** One chunk of imported points ready for a map source: its range and its GeoJSON as a Blob. */
export interface DrawChunk extends ImportChunk {
	blob: Blob;
}

/** What the page asks the import worker. */
export type WorkerRequest =
	| { type: 'preview'; file: Blob | string; name?: string; format?: ImportFormat; encoding?: string }
	| {
			type: 'import';
			file: Blob | string;
			format: ImportFormat;
			mapping: ColumnMapping;
			timeZone: string;
			encoding?: string;
			/** The prefix of the chunks' global-state keys, e.g. "import-ab12cd34ef-t-". */
			keyPrefix: string;
	  }
	| { type: 'chunks'; points: ColumnarPoints; keyPrefix: string; size?: number }
	| { type: 'bare'; file: Blob | string };

/** What the import worker answers. */
export type WorkerReply =
	| { type: 'preview'; preview: ImportPreview; encoding: string }
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: ImportResult; chunks: DrawChunk[]; encoding: string }
	| { type: 'chunks'; chunks: DrawChunk[] }
	| { type: 'bare'; rows: number }
	/** `reason` is set when the file cannot be imported (an ImportFailure), for the page to word. */
	| { type: 'error'; message: string; reason?: RowErrorReason };
