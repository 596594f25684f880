import { describe, it, expect } from 'vitest';
import { crossCheck, type DatasetMap } from '../../../../src/lib/core/data/crossCheck';
import { DATA_FILES, LATER_DATA_FILES } from '../../../../src/lib/core/data/dataFiles';
import { formatIssue } from '../../../../src/lib/core/data/formatIssue';
import { validateDataset } from '../../../../src/lib/core/data/validateDataset';
import { dataFileNames, readDataFile } from './loadData';
import { REQUIRED_EVENT_IDS } from '../../../fixtures/requiredEvents';
import { isPlanned } from '../../../../src/lib/core/data/isPlanned';
import { secondaryOnly } from '../../../../src/lib/core/data/sourceTier';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './loadData';

function load<F extends (typeof DATA_FILES)[number]>(file: F) {
	const result = validateDataset(file, readDataFile(file));
	if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
	return result.data;
}

function loadAll(): DatasetMap {
	return {
		'drill-zones.geojson': load('drill-zones.geojson'),
		'events.geojson': load('events.geojson'),
		'exercises.json': load('exercises.json'),
		'places.geojson': load('places.geojson'),
		'reference.geojson': load('reference.geojson'),
		'shipping-lanes.geojson': load('shipping-lanes.geojson')
	};
}

/** Degrees-minutes(-seconds) as written in SOURCES.md, e.g. "25°15′26″N", to signed decimal degrees. */
function dms(text: string): number {
	const m = /^(\d+)°(\d+)′(?:(\d+)″)?([NSEW])$/.exec(text);
	if (!m) throw new Error(`not a DMS value: ${text}`);
	const value = Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600;
	return m[4] === 'S' || m[4] === 'W' ? -value : value;
}

/** "26°32′N 121°40′E" to [lon, lat]. */
function vertex(text: string): [number, number] {
	const [lat, lon] = text.split(' ');
	return [dms(lon ?? ''), dms(lat ?? '')];
}

// Copied from SOURCES.md §1.2 (ETC notice, 29 Dec 2025), published vertex order.
const JM2025_PUBLISHED: Record<number, string[]> = {
	1: ['26°32′N 121°40′E', '26°32′N 122°36′E', '25°43′N 122°36′E', '25°43′N 121°40′E'],
	2: ['24°59′N 120°04′E', '25°39′N 121°13′E', '26°17′N 121°13′E', '25°37′N 120°04′E'],
	3: ['23°27′N 118°14′E', '23°27′N 119°13′E', '22°13′N 119°44′E', '22°13′N 118°45′E'],
	4: ['21°49′N 119°16′E', '21°49′N 121°00′E', '21°05′N 121°00′E', '21°05′N 119°16′E'],
	5: ['21°58′N 121°40′E', '21°58′N 122°28′E', '23°23′N 122°28′E', '23°23′N 121°40′E']
};

// Copied from SOURCES.md §2.1 (Xinhua notice, 2 Aug 2022; Chinese text, seconds).
const AUG2022_PUBLISHED: Record<number, string[]> = {
	1: [
		'25°15′26″N 120°29′20″E',
		'24°50′30″N 120°05′45″E',
		'25°04′32″N 119°51′22″E',
		'25°28′12″N 120°14′30″E'
	],
	2: ['26°07′N 121°57′E', '25°30′N 121°57′E', '25°30′N 121°28′E', '26°07′N 121°28′E'],
	3: ['25°34′N 122°50′E', '25°03′N 122°50′E', '25°03′N 122°11′E', '25°34′N 122°11′E'],
	4: ['22°56′N 122°40′E', '23°38′N 122°51′E', '23°38′N 123°23′E', '22°56′N 123°09′E'],
	5: ['21°14′N 121°33′E', '21°33′N 121°18′E', '21°07′N 120°43′E', '20°48′N 120°59′E'],
	6: ['22°43′N 119°14′E', '22°10′N 119°06′E', '21°33′N 120°29′E', '22°09′N 120°32′E']
};

function expectRingMatches(ring: readonly (readonly number[])[], published: string[]): void {
	expect(ring).toHaveLength(published.length + 1);
	expect(ring[0]).toEqual(ring[ring.length - 1]);
	const expected = published.map(vertex);
	for (const [lon, lat] of expected) {
		const hit = ring.some(
			(p) => Math.abs((p[0] ?? NaN) - lon) < 1e-6 && Math.abs((p[1] ?? NaN) - lat) < 1e-6
		);
		expect(hit, `vertex ${lon},${lat}`).toBe(true);
	}
	for (const p of ring) {
		const hit = expected.some(
			([lon, lat]) => Math.abs((p[0] ?? NaN) - lon) < 1e-6 && Math.abs((p[1] ?? NaN) - lat) < 1e-6
		);
		expect(hit, `ring position ${p.join(',')}`).toBe(true);
	}
}

describe('data/ files', () => {
	it('DATA_FILES and LATER_DATA_FILES list exactly the JSON files in data/ but those loaded on demand', () => {
		// story.json is loaded when the story opens and validated by StorySchema (storySchema.test.ts).
		const onDemand = ['story.json'];
		expect(dataFileNames().filter((f) => !onDemand.includes(f))).toEqual(
			[...DATA_FILES, ...LATER_DATA_FILES].sort()
		);
	});

	it.each([...DATA_FILES])('validateDataset() accepts data/%s', (file) => {
		const result = validateDataset(file, readDataFile(file));
		expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
	});

	it('crossCheck() finds no broken references between the data files', () => {
		expect(crossCheck(loadAll()).map(formatIssue)).toEqual([]);
	});

	it('every feature has an http(s) source URL and a precision', () => {
		const all = loadAll();
		const features = [
			...all['drill-zones.geojson']!.features,
			...all['events.geojson']!.features,
			...all['places.geojson']!.features,
			...all['reference.geojson']!.features,
			...all['shipping-lanes.geojson']!.features
		];
		for (const f of features) {
			expect(f.properties.sources.length, f.properties.id).toBeGreaterThan(0);
			for (const s of f.properties.sources) expect(s.url).toMatch(/^https?:\/\//);
			expect(['exact', 'approximate']).toContain(f.properties.precision);
		}
	});

	it('every approximate feature says why in precision_note', () => {
		const all = loadAll();
		const features = [
			...all['events.geojson']!.features,
			...all['places.geojson']!.features,
			...all['reference.geojson']!.features,
			...all['shipping-lanes.geojson']!.features
		];
		const missing = features.filter(
			(f) => f.properties.precision === 'approximate' && !f.properties.precision_note
		);
		expect(missing.map((f) => f.properties.id)).toEqual([]);
	});
});

/** Every cited source object ({ url, title, publisher, ... }) anywhere in a parsed file. */
function sourcesIn(json: unknown): Record<string, unknown>[] {
	if (Array.isArray(json)) return json.flatMap(sourcesIn);
	if (!json || typeof json !== 'object') return [];
	const o = json as Record<string, unknown>;
	const self = typeof o.url === 'string' && typeof o.publisher === 'string' ? [o] : [];
	return [...self, ...Object.values(o).flatMap(sourcesIn)];
}

// The files of issue 12's record; a new data file with sources should be added here.
const TIERED_FILES = [
	'drill-zones.geojson',
	'events.geojson',
	'exercises.json',
	'places.geojson',
	'reference.geojson',
	'shipping-lanes.geojson'
] as const;

describe('source tiers', () => {
	it.each(TIERED_FILES)(
		'every source in data/%s has a tier (primary, press or secondary)',
		(file) => {
			const untiered = sourcesIn(readDataFile(file)).filter((s) => s.tier === undefined);
			expect(untiered.map((s) => s.url)).toEqual([]);
		}
	);

	it('data/README.md gives the number of features whose best source is secondary', () => {
		const all = loadAll();
		const features = [
			...all['drill-zones.geojson']!.features,
			...all['events.geojson']!.features,
			...all['places.geojson']!.features,
			...all['reference.geojson']!.features,
			...all['shipping-lanes.geojson']!.features
		];
		const readme = readFileSync(join(DATA_DIR, 'README.md'), 'utf8');
		const m = /Features whose best source is secondary: \*\*(\d+)\*\* of (\d+)/.exec(readme);
		expect(m, 'README line "Features whose best source is secondary: **N** of M"').not.toBeNull();
		expect([Number(m?.[1]), Number(m?.[2])]).toEqual([
			secondaryOnly(features).length,
			features.length
		]);
	});

	it('no source points at a content aggregator replaced in issue 12', () => {
		const banned =
			/menafn\.com|news\.az|breakinglatest\.news|lokmattimes|indianeconomicobserver|avesta\.tj/;
		const hits = TIERED_FILES.flatMap((file) => sourcesIn(readDataFile(file)))
			.map((s) => String(s.url))
			.filter((url) => banned.test(url));
		// menafn stays only beside a better source on takaichi-x-post (the only text of the X post found).
		expect(hits).toEqual([
			'https://menafn.com/1110550127/Trump-Takaichi-hold-extremely-meaningful-phone-call-on-bilateral-ties'
		]);
	});
});

describe("the record's as-of date", () => {
	const events = () => load('events.geojson');

	it('data/README.md states the same as-of date as events.geojson', () => {
		const readme = readFileSync(join(DATA_DIR, 'README.md'), 'utf8');
		expect(readme).toContain(`As-of date of the record: **${events().as_of}**`);
	});

	it('no event is still presented as planned after its date has passed (validateDataset accepts the file)', () => {
		// validateDataset fails on a stale "future" flag or "Planned" name; this names the events if it does.
		const stale = events().features.filter(
			(f) =>
				!isPlanned(f.properties.time, events().as_of) &&
				(f.properties.future === true || /^\s*planned\b/i.test(f.properties.name))
		);
		expect(stale.map((f) => f.properties.id)).toEqual([]);
	});

	it('the December 2026 G20 summit is the planned event at the as-of date; the March visit is not', () => {
		const { as_of, features } = events();
		const planned = features
			.filter((f) => isPlanned(f.properties.time, as_of))
			.map((f) => f.properties.id);
		expect(planned).toEqual(['g20-summit-doral']);
	});
});

describe('facts checked against SOURCES.md', () => {
	it('JM2025 zone corners equal the published DMS values converted to decimal', () => {
		const zones = load('drill-zones.geojson').features.filter(
			(z) => z.properties.exercise === 'jm2025'
		);
		expect(zones.map((z) => z.properties.zone).sort()).toEqual([1, 2, 3, 4, 5]);
		for (const z of zones) {
			const published = JM2025_PUBLISHED[z.properties.zone] ?? [];
			expectRingMatches(z.geometry.coordinates[0] ?? [], published);
			expect(z.properties.vertices_published).toEqual(published);
		}
	});

	it('August 2022 zone corners equal the published DMS values converted to decimal', () => {
		const zones = load('drill-zones.geojson').features.filter(
			(z) => z.properties.exercise === 'aug2022'
		);
		expect(zones.map((z) => z.properties.zone).sort()).toEqual([1, 2, 3, 4, 5, 6]);
		for (const z of zones) {
			const published = AUG2022_PUBLISHED[z.properties.zone] ?? [];
			expectRingMatches(z.geometry.coordinates[0] ?? [], published);
			expect(z.properties.vertices_published).toEqual(published);
		}
	});

	it('JM2025 zones are active 2025-12-30 08:00-18:00 (UTC+8) and only zones 1 and 3 are impact zones', () => {
		const zones = load('drill-zones.geojson').features.filter(
			(z) => z.properties.exercise === 'jm2025'
		);
		for (const z of zones) {
			expect(z.properties.start).toBe('2025-12-30T08:00:00+08:00');
			expect(z.properties.end).toBe('2025-12-30T18:00:00+08:00');
			expect(z.properties.impact_zone).toBe(z.properties.zone === 1 || z.properties.zone === 3);
		}
	});

	it('the events file holds every required event id', () => {
		const ids = load('events.geojson').features.map((f) => f.properties.id);
		expect(ids).toEqual(expect.arrayContaining(REQUIRED_EVENT_IDS));
	});

	it('the events file holds every dated act of the news story (story.txt), including the two added in issue 12', () => {
		const ids = load('events.geojson').features.map((f) => f.properties.id);
		// Takaichi's refusal to retract (10 Nov) and Trump's first comment on the drills (29 Dec).
		expect(ids).toEqual(
			expect.arrayContaining(['takaichi-declines-retraction', 'trump-drills-remark'])
		);
	});

	it('the Japan-China chain, the drills hour by hour and what came next are on the timeline', () => {
		const ids = load('events.geojson').features.map((f) => f.properties.id);
		expect(ids).toEqual(
			expect.arrayContaining([
				'xue-jian-post',
				'ccg-senkaku-patrol',
				'china-un-letter-1',
				'japan-un-letter',
				'china-un-letter-2',
				'j15-radar-lock',
				'china-russia-bomber-flight',
				'china-sanctions-us-defence-firms',
				'jm2025-notam-a4840',
				'jm2025-coast-guard',
				'jm2025-salvo-north',
				'jm2025-salvo-south',
				'japan-destroyer-dispatch',
				'japan-conveys-concerns',
				'lai-new-year-address',
				'china-dual-use-ban-japan',
				'trump-announces-takaichi-visit'
			])
		);
	});

	it('the two salvos sit in zones 1 (09:00) and 3 (13:00), inside the live-fire window', () => {
		const byId = new Map(
			load('events.geojson').features.map((f) => [f.properties.id, f.properties])
		);
		expect(byId.get('jm2025-salvo-north')).toMatchObject({
			time: '2025-12-30T09:00:00+08:00',
			place: 'jm2025-z1'
		});
		expect(byId.get('jm2025-salvo-south')).toMatchObject({
			time: '2025-12-30T13:00:00+08:00',
			place: 'jm2025-z3'
		});
	});

	it('the live-fire event runs 2025-12-30 08:00 to 18:00 UTC+8 in zones 1 and 3', () => {
		const e = load('events.geojson').features.find((f) => f.properties.id === 'jm2025-live-fire');
		expect(e?.properties.time).toBe('2025-12-30T08:00:00+08:00');
		expect(e?.properties.end).toBe('2025-12-30T18:00:00+08:00');
		expect(e?.properties.zones).toEqual(['jm2025-z1', 'jm2025-z3']);
		expect(e?.properties.correction?.text).toMatch(/^Clarification: .*30 December only/);
	});

	it('the travel-advisory event carries a correction saying it concerned Japan', () => {
		const e = load('events.geojson').features.find(
			(f) => f.properties.id === 'china-travel-advisory-japan'
		);
		expect(e?.properties.correction?.text).toMatch(/Japan/);
		expect(e?.properties.correction?.sources.length).toBeGreaterThan(0);
	});

	it('the State Department event corrects the wording to "increase tensions unnecessarily"', () => {
		const e = load('events.geojson').features.find(
			(f) => f.properties.id === 'us-state-department-statement'
		);
		expect(e?.properties.correction?.text).toContain('increase tensions unnecessarily');
		expect(e?.properties.sources.length).toBeGreaterThanOrEqual(2);
	});

	it('the January Trump-Takaichi call cites at least two sources and no longer claims Trump initiated it', () => {
		const e = load('events.geojson').features.find(
			(f) => f.properties.id === 'trump-takaichi-call-jan'
		);
		expect(e?.properties.sources.length).toBeGreaterThanOrEqual(2);
		expect(e?.properties.summary).not.toMatch(/Trump initiated/);
	});

	it('the Eastern Theater Command announcements sit at Nanjing, not Beijing', () => {
		const events = load('events.geojson').features;
		for (const id of ['jm2025-begins', 'jm2025-complete']) {
			expect(events.find((f) => f.properties.id === id)?.properties.place, id).toBe('nanjing');
		}
	});

	it('Justice Mission 2025 ends in exercises.json when the command declared it complete (31 Dec, 18:00)', () => {
		const jm = load('exercises.json').exercises.find((x) => x.id === 'jm2025');
		expect(jm?.end).toBe('2025-12-31T18:00:00+08:00');
	});

	it('every port carries its World Port Index number and is marked approximate', () => {
		const ports = load('places.geojson').features.filter((f) => f.properties.kind === 'port');
		for (const p of ports) {
			expect(p.properties.wpi_number, p.properties.id).toBeTypeOf('number');
			expect(p.properties.precision, p.properties.id).toBe('approximate');
		}
	});

	it('capitals and the Port of Kaohsiung sit at the SOURCES.md coordinates', () => {
		const byId = new Map(
			load('places.geojson').features.map((f) => [f.properties.id, f.geometry.coordinates])
		);
		expect(byId.get('taipei')).toEqual([121.568333, 25.035833]);
		expect(byId.get('beijing')).toEqual([116.388286, 39.928892]);
		expect(byId.get('tokyo')).toEqual([139.751407, 35.685017]);
		expect(byId.get('washington')).toEqual([-77.009419, 38.899549]);
		expect(byId.get('singapore')).toEqual([103.855821, 1.293033]);
		expect(byId.get('port-kaohsiung')).toEqual([120.25, 22.616667]);
	});

	it('the median line runs from 27N 122E to 23N 118E', () => {
		const line = load('reference.geojson').features.find((f) => f.properties.id === 'median-line');
		expect(line?.geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[122, 27],
				[118, 23]
			]
		});
	});

	it('exercises without published zones have no zone geometry', () => {
		const zones = load('drill-zones.geojson').features;
		const unpublished = load('exercises.json').exercises.filter((x) => !x.zones_published);
		for (const x of unpublished) {
			expect(zones.filter((z) => z.properties.exercise === x.id)).toEqual([]);
		}
	});
});
