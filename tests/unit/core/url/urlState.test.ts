import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	parseUrlState,
	isViewHash,
	serializeUrlState,
	urlStateIssues,
	type UrlState
} from '../../../../src/lib/core/url/urlState';
import { LAYER_GROUPS } from '../../../../src/lib/core/style/ids';

const fixed = (min: number, max: number, decimals: number) =>
	fc
		.integer({ min: min * 10 ** decimals, max: max * 10 ** decimals })
		.map((n) => n / 10 ** decimals + 0);

const urlStateArb: fc.Arbitrary<UrlState> = fc.record(
	{
		t: fc
			.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2099, 11, 31) / 1000 })
			.map((s) => s * 1000),
		map: fc.record({ zoom: fixed(0, 22, 2), lat: fixed(-85, 85, 4), lng: fixed(-180, 180, 4) }),
		layers: fc.subarray([...LAYER_GROUPS]),
		event: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,79}$/),
		compare: fc.constant(true),
		story: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,79}$/),
		lang: fc.constantFrom('en' as const, 'zh-Hant' as const, 'ja' as const)
	},
	{ requiredKeys: [] }
);

describe('parseUrlState()', () => {
	it('parseUrlState() reads time, camera, layers and event', () => {
		expect(
			parseUrlState(
				'#t=2025-12-30T08:00:00%2B08:00&map=6.5/23.7/120.9&layers=events,drill-zones&event=jm2025-live-fire'
			)
		).toEqual({
			t: Date.UTC(2025, 11, 30, 0),
			map: { zoom: 6.5, lat: 23.7, lng: 120.9 },
			layers: ['drill-zones', 'events'],
			event: 'jm2025-live-fire'
		});
	});

	it('parseUrlState() drops a malformed time and keeps the rest', () => {
		expect(parseUrlState('#t=yesterday&event=trump-xi-call')).toEqual({ event: 'trump-xi-call' });
	});

	it('parseUrlState() drops a camera out of range', () => {
		expect(parseUrlState('#map=40/23/120')).toEqual({});
		expect(parseUrlState('#map=6/95/120')).toEqual({});
		expect(parseUrlState('#map=6/23/1e3')).toEqual({});
	});

	it('parseUrlState() ignores unknown layers and hostile event ids', () => {
		expect(parseUrlState('#layers=events,<script>&event=<img src=x>')).toEqual({
			layers: ['events']
		});
	});

	it('parseUrlState() reads the comparison overlay switch and drops other values', () => {
		expect(parseUrlState('#compare=1')).toEqual({ compare: true });
		expect(parseUrlState('#compare=0')).toEqual({ compare: false });
		expect(parseUrlState('#compare=yes')).toEqual({});
	});

	it('parseUrlState() reads a supported language and drops any other', () => {
		expect(parseUrlState('#lang=zh-Hant')).toEqual({ lang: 'zh-Hant' });
		expect(parseUrlState('#lang=fr')).toEqual({});
	});

	it('parseUrlState() survives broken percent-encoding', () => {
		expect(parseUrlState('#t=%E0%A4%A&event=x')).toEqual({ event: 'x' });
	});

	it('parseUrlState() never throws on any string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
				parseUrlState(s);
				parseUrlState(`#t=${s}&map=${s}&layers=${s}&event=${s}`);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('serializeUrlState()', () => {
	it('serializeUrlState() writes the hash in MapLibre camera order', () => {
		expect(
			serializeUrlState({ t: Date.UTC(2025, 11, 30), map: { zoom: 6, lat: 23.5, lng: 121 } })
		).toBe('#t=2025-12-30T00:00:00Z&map=6/23.5/121');
	});

	it('parseUrlState(serializeUrlState(s)) equals s', () => {
		fc.assert(
			fc.property(urlStateArb, (s) => {
				expect(parseUrlState(serializeUrlState(s))).toEqual(s);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('isViewHash()', () => {
	it('isViewHash() tells a view from a plain in-page anchor', () => {
		expect(isViewHash('#t=2025-12-30T00:00:00Z')).toBe(true);
		expect(isViewHash('')).toBe(true);
		expect(isViewHash('#map')).toBe(false);
	});
});

describe('urlStateIssues()', () => {
	it('urlStateIssues() names each field it could not read', () => {
		expect(urlStateIssues('#t=nonsense&map=6/23/121&compare=2').map((i) => i.field)).toEqual([
			't',
			'compare'
		]);
	});

	it('urlStateIssues() finds nothing wrong in a link it wrote', () => {
		const hash = serializeUrlState({ t: Date.UTC(2025, 11, 30), compare: true, layers: [] });
		expect(urlStateIssues(hash)).toEqual([]);
	});
});
