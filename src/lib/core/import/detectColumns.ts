import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './types';

/**
 * Header names each role is recognised by, most specific first, written as `normalizeHeader`
 * returns them (lower case, no spaces, underscores, hyphens, dots or brackets). Includes the
 * Traditional and Simplified Chinese and Japanese words analysts in Taipei and Tokyo use.
 */
export const HEADER_NAMES: Record<ColumnRole, readonly string[]> = {
	lat: ['latitude', 'lat', 'latdd', 'latdeg', 'latitudedeg', 'y', '緯度', '纬度'],
	lon: ['longitude', 'lon', 'lng', 'long', 'londd', 'londeg', 'longitudedeg', 'x', '經度', '经度'],
	time: [
		'datetime',
		'timestamp',
		'time',
		'date',
		'start',
		'starttime',
		'startdate',
		'begin',
		'when',
		'timeutc',
		'dateutc',
		'時間',
		'时间',
		'日期',
		'日時',
		'開始',
		'开始'
	],
	end: ['end', 'endtime', 'enddate', 'finish', 'stop', 'until', '結束', '结束', '終了'],
	category: [
		'category',
		'type',
		'class',
		'kind',
		'group',
		'類別',
		'类别',
		'類型',
		'类型',
		'種類',
		'種別'
	],
	name: ['name', 'title', 'label', '名稱', '名称', '名前']
};

/**
 * A header reduced for matching: lower case, without a byte-order mark, spaces, underscores,
 * hyphens, dots or a bracketed unit.
 * @example normalizeHeader(' Latitude (deg) ') // 'latitude'
 */
export function normalizeHeader(header: string): string {
	return header
		.replace(/^\uFEFF/, '')
		.replace(/\(.*\)|\[.*\]/g, '')
		.toLowerCase()
		.replace(/[\s_.-]+/g, '');
}

/**
 * Guesses which columns hold latitude, longitude, time, end time, category and name from their
 * headers. Each column is used for one role at most; the first listed name that matches wins.
 * @example detectColumns(['Name', 'LAT', 'lng']) // { lat: 'LAT', lon: 'lng', name: 'Name', … null }
 */
export function detectColumns(headers: readonly string[]): ColumnMapping {
	const mapping: ColumnMapping = {
		lat: null,
		lon: null,
		time: null,
		end: null,
		category: null,
		name: null
	};
	const used = new Set<string>();
	const normalized = headers.map(normalizeHeader);
	for (const role of COLUMN_ROLES) {
		for (const name of HEADER_NAMES[role]) {
			const i = normalized.findIndex((h, j) => h === name && !used.has(headers[j]!));
			if (i >= 0) {
				mapping[role] = headers[i]!;
				used.add(headers[i]!);
				break;
			}
		}
	}
	// "x"/"y" only count as a pair, so a lone "x" or "y" column is not read as a coordinate.
	const bare = (role: 'lat' | 'lon', letter: string) =>
		mapping[role] !== null && normalizeHeader(mapping[role]!) === letter;
	if (bare('lat', 'y') !== bare('lon', 'x')) {
		if (bare('lat', 'y')) mapping.lat = null;
		else mapping.lon = null;
	}
	return mapping;
}
