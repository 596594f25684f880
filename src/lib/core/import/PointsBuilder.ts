import { ErrorList } from './ErrorList';
import { parseTime, quickTime } from './parseTime';
import { coordinateProblem, coordinateValue } from './readCoordinate';
import { startOrder } from './startOrder';
import type { ColumnMapping, ColumnarPoints, RowErrorPlace, RowErrorReason } from './types';

/** Where a record is: its place in errors, or a CSV row number (made into a place on error). */
type Where = RowErrorPlace | number;

/** Properties beyond this many columns are dropped (and said so once). */
export const MAX_PROPERTY_COLUMNS = 100;
const MAX_CELL = 1000;
/** Categories beyond this many distinct values are not coloured apart (their points have none). */
export const MAX_CATEGORIES = 1000;

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
	/** The start and end #readTimes read last (fields, not a pair: a million rows, no arrays). */
	#rowStart = NaN;
	#rowEnd = NaN;

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
		const latText = cellText(row[mapping.lat ?? '']);
		const lonText = cellText(row[mapping.lon ?? '']);
		// A good cell gives its number without an object; only a refused one is read for its reason.
		const lat = coordinateValue(latText, 'lat');
		const lon = coordinateValue(lonText, 'lon');
		let ok = true;
		if (Number.isNaN(lat)) ok = this.#refuseCoordinate(where, mapping.lat, latText, 'lat');
		if (Number.isNaN(lon)) ok = this.#refuseCoordinate(where, mapping.lon, lonText, 'lon');
		if (!this.#readTimes(row, where) || !ok) return false;
		this.#push(lon, lat, row);
		return true;
	}

	#refuseCoordinate(where: Where, column: string | null, text: string, axis: 'lat' | 'lon') {
		const name = column ?? (axis === 'lat' ? 'latitude' : 'longitude');
		return this.#fail(where, name, coordinateProblem(text, axis));
	}

	/** Reads one point whose position is already known (GeoJSON, KML, GPX) with its properties. */
	addPoint(
		lon: number,
		lat: number,
		properties: Record<string, unknown>,
		where: RowErrorPlace
	): boolean {
		this.total++;
		if (!this.#readTimes(properties, where)) return false;
		this.#push(lon, lat, properties);
		return true;
	}

	/** Reads the start and end times of a row (NaN where none); null after an error. */
	readTimes(row: Record<string, unknown>, where: RowErrorPlace): [number, number] | null {
		return this.#readTimes(row, where) ? [this.#rowStart, this.#rowEnd] : null;
	}

	/** Reads a row's start and end times into #rowStart and #rowEnd; false after an error. */
	#readTimes(row: Record<string, unknown>, where: Where): boolean {
		const { mapping } = this.options;
		this.#rowStart = NaN;
		this.#rowEnd = NaN;
		if (mapping.time !== null) {
			const text = cellText(row[mapping.time]);
			const ms = this.#time(text, where, mapping.time);
			if (ms === null) return false;
			if (ms === undefined) {
				if (mapping.end === null && this.options.requireTime) {
					return this.#fail(where, mapping.time, { code: 'empty', params: {} });
				}
			} else this.#rowStart = ms;
		}
		if (mapping.end !== null) {
			const ms = this.#time(cellText(row[mapping.end]), where, mapping.end);
			if (ms === null) return false;
			if (ms !== undefined) {
				if (ms < this.#rowStart) {
					return this.#fail(where, mapping.end, { code: 'endsBeforeStart', params: {} });
				}
				this.#rowEnd = ms;
			}
		}
		return true;
	}

	/** A time cell's epoch ms; undefined when blank; null after an error (kept in errors). */
	#time(text: string, where: Where, column: string): number | null | undefined {
		const quick = quickTime(text);
		if (!Number.isNaN(quick)) return quick;
		if (text.trim() === '') return undefined;
		const t = parseTime(text, this.options.timeZone);
		if (!t.ok) {
			this.#fail(where, column, t.reason);
			return null;
		}
		return t.ms;
	}

	#fail(where: Where, column: string, reason: RowErrorReason): false {
		const place: RowErrorPlace = typeof where === 'number' ? { kind: 'row', n: where } : where;
		this.errors.add({ where: place, column, ...reason });
		return false;
	}

	#push(lon: number, lat: number, row: Record<string, unknown>) {
		const i = this.#n++;
		this.#lon.set(i, lon);
		this.#lat.set(i, lat);
		this.#start.set(i, this.#rowStart);
		this.#end.set(i, this.#rowEnd);
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
	return permutePoints(points, startOrder(start.subarray(0, count)));
}

/**
 * The points in the order given: point i of the result is point `order[i]` of `points` (every
 * column, names and properties included).
 * @example permutePoints(points, new Uint32Array([1, 0])).lon // [points.lon[1], points.lon[0]]
 */
export function permutePoints(points: ColumnarPoints, order: Uint32Array): ColumnarPoints {
	const count = order.length;
	const take = <T extends Float64Array | Int32Array>(a: T): T => {
		const out = new (a.constructor as new (n: number) => T)(count);
		for (let i = 0; i < count; i++) out[i] = a[order[i]!]!;
		return out;
	};
	const pick = (a: string[]) => Array.from(order, (i) => a[i]!);
	return {
		...points,
		count,
		lon: take(points.lon),
		lat: take(points.lat),
		start: take(points.start),
		end: take(points.end),
		category: take(points.category),
		names: points.names && pick(points.names),
		properties: { columns: points.properties.columns, values: points.properties.values.map(pick) }
	};
}
