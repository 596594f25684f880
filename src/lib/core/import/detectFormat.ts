import type { ImportFormat } from './types';

const BY_EXTENSION: Record<string, ImportFormat> = {
	csv: 'csv',
	tsv: 'tsv',
	tab: 'tsv',
	geojson: 'geojson',
	json: 'geojson',
	ndjson: 'ndjson',
	geojsonl: 'ndjson',
	geojsonseq: 'ndjson',
	jsonl: 'ndjson',
	kml: 'kml',
	gpx: 'gpx'
};

/**
 * The format of a file from its name, or else from its first characters: XML with a <kml> or
 * <gpx> root, JSON (one object, or one per line), else delimited text (TSV when the first line
 * has tabs and no commas). Null when the start looks like XML of another kind.
 * @example detectFormat('sightings.CSV', '') // 'csv'
 */
export function detectFormat(fileName: string | undefined, head: string): ImportFormat | null {
	const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
	if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
	const start = head.replace(/^\uFEFF/, '').trimStart();
	if (start.startsWith('<')) {
		if (/<kml[\s>]/i.test(start)) return 'kml';
		if (/<gpx[\s>]/i.test(start)) return 'gpx';
		return null;
	}
	if (start.startsWith('{') || start.startsWith('[')) {
		const lines = start.split('\n', 3).filter((l) => l.trim() !== '');
		const oneObjectPerLine = lines.length > 1 && lines.every((l) => /^\s*\{.*\}\s*$/.test(l));
		return oneObjectPerLine ? 'ndjson' : 'geojson';
	}
	const firstLine = start.split('\n', 1)[0] ?? '';
	return firstLine.includes('\t') && !firstLine.includes(',') ? 'tsv' : 'csv';
}
