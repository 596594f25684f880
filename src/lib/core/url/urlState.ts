import { isLang, type Lang } from '../i18n/languages';
import { LAYER_GROUPS, type LayerGroup } from '../style/ids';

/** A citable view: time, camera, layers switched on and the selected event. Every part optional. */
export interface UrlState {
	/** Epoch ms, whole seconds. */
	t?: number;
	/** Camera in MapLibre's hash order: zoom/lat/lng. */
	map?: { zoom: number; lat: number; lng: number };
	/** The layer groups switched on, in legend order. */
	layers?: LayerGroup[];
	/** Id of the selected event. */
	event?: string;
	/** Whether the August 2022 comparison overlay is drawn (`compare=1`). */
	compare?: boolean;
	/** The guided story's step (`story=<step id>`, `story=intro` for its opening screen). */
	story?: string;
	/** The language of the interface, data and labels (`lang=en|zh-Hant|ja`). */
	lang?: Lang;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;
const MIN_T = Date.UTC(1990, 0, 1);
const MAX_T = Date.UTC(2100, 0, 1);

function parseTime(value: string): number | undefined {
	if (!ISO.test(value)) return undefined;
	const t = Date.parse(value);
	if (!Number.isFinite(t) || t < MIN_T || t > MAX_T) return undefined;
	return Math.floor(t / 1000) * 1000;
}

function parseMap(value: string): UrlState['map'] {
	const parts = value.split('/');
	if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return undefined;
	const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
	if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return undefined;
	return { zoom, lat, lng };
}

function parseLayers(value: string): LayerGroup[] | undefined {
	if (value === '') return [];
	if (value.length > 200) return undefined;
	const asked = new Set(value.split(','));
	const known = LAYER_GROUPS.filter((g) => asked.has(g));
	// A list naming no known layer is malformed, not a request to hide everything.
	return known.length ? known : undefined;
}

function param(hash: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const part of hash.replace(/^#/, '').split('&')) {
		const eq = part.indexOf('=');
		if (eq <= 0) continue;
		let value: string;
		try {
			value = decodeURIComponent(part.slice(eq + 1));
		} catch {
			continue;
		}
		out.set(part.slice(0, eq), value);
	}
	return out;
}

/**
 * Whether a hash is a view (`key=value` pairs) rather than a plain in-page anchor such as the
 * skip links' `#map`, which the app leaves alone.
 */
export function isViewHash(hash: string): boolean {
	return hash.replace(/^#/, '') === '' || hash.includes('=');
}

/**
 * Reads a view from a URL hash like `#t=2025-12-30T00:00:00Z&map=6.2/23.7/120.9&layers=events`.
 * Any malformed or hostile part is dropped (the app keeps its default for it); it never throws.
 * @example parseUrlState('#t=nonsense&event=jm2025-live-fire') // { event: 'jm2025-live-fire' }
 */
export function parseUrlState(hash: string): UrlState {
	const state: UrlState = {};
	if (typeof hash !== 'string' || hash.length > 2000) return state;
	const p = param(hash);
	const t = p.has('t') ? parseTime(p.get('t')!) : undefined;
	if (t !== undefined) state.t = t;
	const map = p.has('map') ? parseMap(p.get('map')!) : undefined;
	if (map) state.map = map;
	const layers = p.has('layers') ? parseLayers(p.get('layers')!) : undefined;
	if (layers) state.layers = layers;
	const event = p.get('event');
	if (event !== undefined && EVENT_ID.test(event)) state.event = event;
	const compare = p.get('compare');
	if (compare === '1' || compare === '0') state.compare = compare === '1';
	const story = p.get('story');
	if (story !== undefined && EVENT_ID.test(story)) state.story = story;
	const lang = p.get('lang');
	if (isLang(lang)) state.lang = lang;
	return state;
}

/** Rounds a camera to what the URL keeps: zoom to 2 decimals, lat/lng to 4 (about 10 m). */
export function roundCamera(map: { zoom: number; lat: number; lng: number }): UrlState['map'] {
	const r = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d + 0; // + 0 turns -0 into 0
	return { zoom: r(map.zoom, 2), lat: r(map.lat, 4), lng: r(map.lng, 4) };
}

/**
 * Writes a view as a URL hash; the inverse of parseUrlState for every state it accepts.
 * @example serializeUrlState({ event: 'trump-xi-call' }) // '#event=trump-xi-call'
 */
export function serializeUrlState(state: UrlState): string {
	const parts: string[] = [];
	if (state.t !== undefined)
		parts.push(`t=${new Date(state.t).toISOString().replace('.000Z', 'Z')}`);
	if (state.map) {
		const m = roundCamera(state.map)!;
		parts.push(`map=${m.zoom}/${m.lat}/${m.lng}`);
	}
	if (state.layers) parts.push(`layers=${state.layers.join(',')}`);
	if (state.event) parts.push(`event=${state.event}`);
	if (state.compare) parts.push('compare=1');
	if (state.story) parts.push(`story=${state.story}`);
	if (state.lang) parts.push(`lang=${state.lang}`);
	return parts.length ? `#${parts.join('&')}` : '';
}

/** A part of a link that could not be read: the field and why. */
export interface UrlIssue {
	field: string;
	message: string;
}

const FIELD_HINTS: Record<string, string> = {
	t: 'not an ISO 8601 time with an offset, e.g. 2025-12-30T08:00:00+08:00',
	map: 'not a camera zoom/lat/lng, e.g. 6.2/23.7/120.9',
	layers: 'names no known layer',
	event: 'not an event id',
	compare: 'must be 1 or 0',
	story: 'not a story step id',
	lang: 'not one of en, zh-Hant, ja'
};

/**
 * The parts of a hash that parseUrlState drops, each named with the reason, so the app can say
 * which field of a link it could not read while it keeps the user's state for that field.
 * @example urlStateIssues('#t=nonsense') // [{ field: 't', message: 'not an ISO 8601 time …' }]
 */
export function urlStateIssues(hash: string): UrlIssue[] {
	if (typeof hash !== 'string') return [];
	if (hash.length > 2000) return [{ field: 'link', message: 'is too long to read' }];
	const state = parseUrlState(hash);
	const p = param(hash);
	return Object.keys(FIELD_HINTS)
		.filter((field) => p.has(field) && state[field as keyof UrlState] === undefined)
		.map((field) => ({ field, message: FIELD_HINTS[field]! }));
}
