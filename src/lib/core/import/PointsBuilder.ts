import { ErrorList } from './ErrorList';
import { parseTime } from './parseTime';
import { readCoordinate } from './readCoordinate';
import { startOrder } from './startOrder';
import type { ColumnMapping, ColumnarPoints, RowErrorPlace, RowErrorReason } from './types';

/** Where a record is: its place in errors, or a CSV row number (made into a place on error). */
type Where = RowErrorPlace | number;

/** Properties beyond this many columns are dropped (and said so once). */
export const MAX_PROPERTY_COLUMNS = 100;
const MAX_CELL = 1000;
const MAX_CATEGORIES = 1000;

/** A cell or property value as text: strings as they are, objects as JSON, null as ''. */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value.length > MAX_CELL ? value.slice(0, MAX_CELL) : value;
	if (typeof value === 'object') return JSON.stringify(value).slice(0, MAX_CELL);
	return String(value);
}

class Growable<T extends Float64Array | Int32Array> {
	data: T;
	make: (n: number) => T;
	constructor(make: (n: number) => T) {
		this.make = make;
		this.data = make(1024);
	}
	set(i: number, v: number) {
		if (i >= this.data.length) {
			const next = this.make(this.data.length * 2);
			next.set(this.data);
			this.data = next;
		}
		this.data[i] = v;
	}
	trimmed(n: number): T {
		return this.data.slice(0, n) as T;
	}
}

/** What the builder needs to read rows: the column mapping and the zone of naive times. */
export interface BuildOptions {
	mapping: ColumnMapping;
	timeZone: string;
	/** An empty time cell is an error (CSV), or makes an untimed point (KML, GPX, GeoJSON). */
	requireTime?: boolean;
}

/**
 * Turns rows (CSV records or GeoJSON point properties) into ColumnarPoints, checking each one and
 * keeping a row error for every row it cannot use. Good rows are kept even when others fail.
 */
export class PointsBuilder {
	readonly errors = new ErrorList();
	/** Rows seen, good and bad. */
	total = 0;
	#n = 0;
	#lon = new Growable((n) => new Float64Array(n));
	#lat = new Growable((n) => new Float64Array(n));
	#start = new Growable((n) => new Float64Array(n));
	#end = new Growable((n) => new Float64Array(n));
	#category = new Growable((n) => new Int32Array(n));
	#categoryIndex = new Map<string, number>();
	#categories: string[] = [];
	#names: string[] | null;
	#columns: string[] = [];
	#columnIndex = new Map<string, number>();
	#values: string[][] = [];
	#mapped: Set<string>;

	options: BuildOptions;

	constructor(options: BuildOptions) {
		this.options = options;
		this.#names = options.mapping.name === null ? null : [];
		this.#mapped = new Set(Object.values(options.mapping).filter((c): c is string => c !== null));
	}

	/**
	 * Reads one CSV record (keyed by header); `where` places it in errors: a place, or a row
	 * number (the place is made only for an error: a million good rows make no objects for it).
	 */
	addRow(row: Record<string, unknown>, where: Where): boolean {
		this.total++;
		const { mapping } = this.options;
		const lat = readCoordinate(cellText(row[mapping.lat ?? '']), 'lat');
		const lon = readCoordinate(cellText(row[mapping.lon ?? '']), 'lon');
		let ok = true;
		if (!lat.ok) ok = this.#fail(where, mapping.lat ?? 'latitude', lat.reason);
		if (!lon.ok) ok = this.#fail(where, mapping.lon ?? 'longitude', lon.reason);
		const times = this.#times(row, where);
		if (!ok || !lat.ok || !lon.ok || !times) return false;
		this.#push(lon.value, lat.value, times, row);
		return true;
	}

	/** Reads one point whose position is already known (GeoJSON, KML, GPX) with its properties. */
	addPoint(
		lon: number,
		lat: number,
		properties: Record<string, unknown>,
		where: RowErrorPlace
	): boolean {
		this.total++;
		const times = this.#times(properties, where);
		if (!times) return false;
		this.#push(lon, lat, times, properties);
		return true;
	}

	/** Reads the start and end times of a row (NaN where none); null after an error. */
	readTimes(row: Record<string, unknown>, where: RowErrorPlace): [number, number] | null {
		return this.#times(row, where);
	}

	#times(row: Record<string, unknown>, where: Where): [number, number] | null {
		const { mapping, timeZone } = this.options;
		let start = NaN;
		let end = NaN;
		if (mapping.time !== null) {
			const text = cellText(row[mapping.time]);
			if (text.trim() !== '') {
				const t = parseTime(text, timeZone);
				if (!t.ok) return this.#none(where, mapping.time, t.reason);
				start = t.ms;
			} else if (mapping.end === null && this.options.requireTime) {
				return this.#none(where, mapping.time, { code: 'empty', params: {} });
			}
		}
		if (mapping.end !== null) {
			const text = cellText(row[mapping.end]);
			if (text.trim() !== '') {
				const t = parseTime(text, timeZone);
				if (!t.ok) return this.#none(where, mapping.end, t.reason);
				end = t.ms;
				if (end < start) {
					return this.#none(where, mapping.end, { code: 'endsBeforeStart', params: {} });
				}
			}
		}
		return [start, end];
	}

	#none(where: Where, column: string, reason: RowErrorReason): null {
		this.#fail(where, column, reason);
		return null;
	}

	#fail(where: Where, column: string, reason: RowErrorReason): false {
		const place: RowErrorPlace = typeof where === 'number' ? { kind: 'row', n: where } : where;
		this.errors.add({ where: place, column, ...reason });
		return false;
	}

	#push(lon: number, lat: number, [start, end]: [number, number], row: Record<string, unknown>) {
		const i = this.#n++;
		this.#lon.set(i, lon);
		this.#lat.set(i, lat);
		this.#start.set(i, start);
		this.#end.set(i, end);
		const { mapping } = this.options;
		this.#category.set(i, mapping.category === null ? -1 : this.#categoryOf(row[mapping.category]));
		if (this.#names) this.#names.push(cellText(row[mapping.name ?? '']));
		for (const key in row) {
			if (this.#mapped.has(key)) continue;
			let c = this.#columnIndex.get(key);
			if (c === undefined) {
				if (this.#columns.length >= MAX_PROPERTY_COLUMNS) continue;
				c = this.#columns.length;
				this.#columns.push(key);
				this.#columnIndex.set(key, c);
				this.#values.push(new Array<string>(i).fill(''));
			}
			this.#values[c]![i] = cellText(row[key]);
		}
		for (const column of this.#values) if (column.length <= i) column.push('');
	}

	#categoryOf(value: unknown): number {
		const text = cellText(value).trim();
		if (text === '') return -1;
		let c = this.#categoryIndex.get(text);
		if (c === undefined) {
			if (this.#categories.length >= MAX_CATEGORIES) return -1;
			c = this.#categories.length;
			this.#categories.push(text);
			this.#categoryIndex.set(text, c);
		}
		return c;
	}

	/** The points read so far, sorted by start time (untimed last). */
	finish(): ColumnarPoints {
		const n = this.#n;
		const points: ColumnarPoints = {
			count: n,
			lon: this.#lon.trimmed(n),
			lat: this.#lat.trimmed(n),
			start: this.#start.trimmed(n),
			end: this.#end.trimmed(n),
			category: this.#category.trimmed(n),
			categories: this.#categories,
			names: this.#names,
			properties: { columns: this.#columns, values: this.#values }
		};
		return sortByStart(points);
	}
}

/** Points in order of start time, untimed points last; returns the same object when already so. */
export function sortByStart(points: ColumnarPoints): ColumnarPoints {
	const { start, count } = points;
	const key = (i: number) => (Number.isNaN(start[i]!) ? Infinity : start[i]!);
	let sorted = true;
	for (let i = 1; i < count && sorted; i++) sorted = key(i - 1) <= key(i);
	if (sorted) return points;
	const order = startOrder(start.subarray(0, count));
	const take = <T extends Float64Array | Int32Array>(a: T): T => {
		const out = new (a.constructor as new (n: number) => T)(count);
		for (let i = 0; i < count; i++) out[i] = a[order[i]!]!;
		return out;
	};
	const pick = (a: string[]) => Array.from(order, (i) => a[i]!);
	return {
		...points,
		lon: take(points.lon),
		lat: take(points.lat),
		start: take(points.start),
		end: take(points.end),
		category: take(points.category),
		names: points.names && pick(points.names),
		properties: { columns: points.properties.columns, values: points.properties.values.map(pick) }
	};
}
