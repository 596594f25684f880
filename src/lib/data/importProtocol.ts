import type { RowErrorReason } from '../core/import/types';
import type { ImportPreview } from '../core/import/importText';
import type { PointBuffers } from '../core/import/pointBuffers';
import type { CsvPart } from '../core/import/mergeParts';
import type {
	ColumnarPoints,
	ColumnMapping,
	ImportFormat,
	ImportResult
} from '../core/import/types';

export type { PointBuffers } from '../core/import/pointBuffers';

/** What the page asks the import worker. */
export type WorkerRequest =
	| {
			type: 'preview';
			file: Blob | string;
			name?: string;
			format?: ImportFormat;
			encoding?: string;
	  }
	| {
			type: 'import';
			file: Blob | string;
			format: ImportFormat;
			mapping: ColumnMapping;
			timeZone: string;
			encoding?: string;
	  }
	| { type: 'buffers'; points: ColumnarPoints }
	| { type: 'bare'; file: Blob | string }
	/**
	 * From an import worker to the second worker it starts for a large CSV or TSV: read this half
	 * (the header, then the second half's records; core/import/splitCsv) as the import would.
	 */
	| {
			type: 'part';
			text: string;
			delimiter: string;
			newline: '\n' | '\r\n';
			mapping: ColumnMapping;
			timeZone: string;
	  };

/** What the import worker answers. */
export type WorkerReply =
	| { type: 'preview'; preview: ImportPreview; encoding: string }
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: ImportResult; buffers: PointBuffers; encoding: string }
	| { type: 'buffers'; buffers: PointBuffers }
	| { type: 'bare'; rows: number }
	| { type: 'part'; part: CsvPart }
	/** `reason` is set when the file cannot be imported (an ImportFailure), for the page to word. */
	| { type: 'error'; message: string; reason?: RowErrorReason };
