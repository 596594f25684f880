import { MAX_CATEGORIES, MAX_PROPERTY_COLUMNS, permutePoints } from './PointsBuilder';
import { MAX_KEPT_ERRORS, type ColumnarPoints, type RowError } from './types';

/** What reading one half of a CSV or TSV text gave (see splitCsv). */
export interface CsvPart {
	/** Its points, sorted by start time (untimed last), as PointsBuilder.finish leaves them. */
	points: ColumnarPoints;
	/** Its first row errors, rows numbered within the half (its header is row 1). */
	errors: RowError[];
	errorCount: number;
	/** Rows read, good and bad. */
	total: number;
	/** Records in the half: where the next half's rows start counting. */
	rows: number;
}

/** What reading a whole text gave, made of its two halves. */
export type MergedCsv = Pick<CsvPart, 'points' | 'errors' | 'errorCount' | 'total'>;

/** A start time as the sort orders it: untimed (NaN) after every time. */
const key = (s: number) => (Number.isNaN(s) ? Infinity : s);

/**
 * The order that merges two runs sorted by start, as indices into their concatenation (`a`
 * then `b`): a stable merge, `a`'s point first on a tie, so the result is the order a stable
 * sort of the whole text's points gives.
 * @example [...mergeOrder(new Float64Array([1, 3]), new Float64Array([2, 3]))] // [0, 2, 1, 3]
 */
export function mergeOrder(a: Float64Array, b: Float64Array): Uint32Array {
	const order = new Uint32Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) {
		order[k++] = key(a[i]!) <= key(b[j]!) ? i++ : a.length + j++;
	}
	while (i < a.length) order[k++] = i++;
	while (j < b.length) order[k++] = a.length + j++;
	return order;
}

function concat<T extends Float64Array | Int32Array>(a: T, b: T): T {
	const out = new (a.constructor as new (n: number) => T)(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

/**
 * The points, errors and counts of a whole CSV or TSV text from those of its two halves: what
 * one read of the whole text gives, the same points in the same order, the same categories
 * and property columns in the same order, the same errors with the same row numbers.
 */
export function mergeParts(a: CsvPart, b: CsvPart): MergedCsv {
	const pa = a.points;
	const pb = b.points;
	// Categories and columns are numbered as first met: the first half's, then the second's new.
	const categories = [...pa.categories];
	const index = new Map(categories.map((c, i) => [c, i]));
	const remap = pb.categories.map((c) => {
		let i = index.get(c);
		if (i === undefined && categories.length < MAX_CATEGORIES) {
			i = categories.push(c) - 1;
			index.set(c, i);
		}
		return i ?? -1;
	});
	const bCategory = pb.category.map((c) => (c < 0 ? -1 : remap[c]!));
	const columns = [...pa.properties.columns];
	for (const c of pb.properties.columns) {
		if (columns.length < MAX_PROPERTY_COLUMNS && !columns.includes(c)) columns.push(c);
	}
	const column = (p: ColumnarPoints, name: string) => {
		const c = p.properties.columns.indexOf(name);
		return c < 0 ? new Array<string>(p.count).fill('') : p.properties.values[c]!;
	};
	const whole: ColumnarPoints = {
		count: pa.count + pb.count,
		lon: concat(pa.lon, pb.lon),
		lat: concat(pa.lat, pb.lat),
		start: concat(pa.start, pb.start),
		end: concat(pa.end, pb.end),
		category: concat(pa.category, bCategory),
		categories,
		names: pa.names && pb.names ? pa.names.concat(pb.names) : (pa.names ?? pb.names),
		properties: {
			columns,
			values: columns.map((c) => column(pa, c).concat(column(pb, c)))
		}
	};
	const errors = a.errors.concat(
		b.errors.map((e) =>
			e.where.kind === 'row' ? { ...e, where: { kind: 'row', n: e.where.n + a.rows } } : e
		)
	);
	return {
		points: permutePoints(whole, mergeOrder(pa.start, pb.start)),
		errors: errors.slice(0, MAX_KEPT_ERRORS),
		errorCount: a.errorCount + b.errorCount,
		total: a.total + b.total
	};
}
