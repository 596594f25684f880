import type { Feature } from 'geojson';
import type { ColumnarPoints, ColumnMapping, ImportFormat, RowError } from './types';

/** One imported dataset as the app keeps, stores and saves it. */
export interface ImportedDataset {
	/** "import-" and a random suffix; also the prefix of its map sources and layers. */
	id: string;
	name: string;
	format: ImportFormat;
	colour: string;
	/** Colour each category apart instead of the whole dataset in one colour. */
	colourByCategory: boolean;
	visible: boolean;
	mapping: ColumnMapping;
	timeZone: string;
	points: ColumnarPoints;
	shapes: Feature[];
	/** The first errors and how many there were, and the rows read in all. */
	errors: RowError[];
	errorCount: number;
	total: number;
	/** Epoch ms of the import. */
	importedAt: number;
}

/** A new dataset id, "import-" then 10 random base-36 characters. */
export function newImportId(random: () => number = Math.random): string {
	let s = '';
	while (s.length < 10) s += Math.floor(random() * 36).toString(36);
	return `import-${s}`;
}

/** A dataset's name from its file name: without the extension, trimmed, at most 80 characters. */
export function nameFromFile(fileName: string | undefined): string {
	const base = (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,10}$/, '');
	const clean = base.replace(/\s+/g, ' ').trim().slice(0, 80);
	return clean || 'Imported data';
}
