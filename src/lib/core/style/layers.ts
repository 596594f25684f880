import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { EVENT_AGE } from '../map/eventAge';
import { LAYER, SOURCE } from './ids';
import { referenceLabelText, textFont, zoneLabelText } from './labelText';
import { PALETTE } from './palette';
import {
	eventAgeDaysExpression,
	eventFilterExpression,
	STATE,
	zoneFilterExpression,
	zoneStateExpression
} from './timeExpressions';

/** The exercise drawn as the comparison overlay, independent of the timeline. */
export const COMPARE_EXERCISE = 'aug2022';

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * A paint value written as a per-feature expression (it reads the hover state but gives the same
 * value either way). MapLibre compiles one GPU program per layer type and set of per-feature
 * properties; giving layers of a type the same set lets them share a program. Compiling is slow
 * on CPU-rendered WebGL: this took the map from 17 programs to 11 and startup down ~0.3 s.
 */
function perFeature<T>(value: T): ExpressionSpecification {
	return ['case', hovered, value, value] as ExpressionSpecification;
}
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const approximate: ExpressionSpecification = ['==', ['get', 'precision'], 'approximate'];
const comparing: ExpressionSpecification = [
	'all',
	['to-boolean', ['global-state', STATE.compare]],
	['==', ['get', 'exercise'], COMPARE_EXERCISE]
];

const exerciseColor: ExpressionSpecification = [
	'match',
	['get', 'exercise'],
	'jm2025',
	PALETTE.exercise.jm2025,
	'aug2022',
	PALETTE.exercise.aug2022,
	PALETTE.exercise.jm2025
];

/** Dashed where the geometry is approximate, solid where it is exact. */
const precisionDash: ExpressionSpecification = [
	'case',
	approximate,
	['literal', [2, 2]],
	['literal', [1, 0]]
];

const textLayout = {
	'text-font': textFont(),
	'text-size': 12,
	'text-max-width': 10
};

const halo = {
	'text-color': PALETTE.text,
	'text-halo-color': PALETTE.textHalo,
	'text-halo-width': 1.4
} as const;

/**
 * The basemap layers: sea, land, coastline and land borders. Fills and lines are written per
 * feature (see perFeature) so they share the GPU programs of the data layers drawn over them:
 * every fill one program, every line (solid ones as a dash of [1, 0]) one program.
 */
export function basemapLayers(): LayerSpecification[] {
	return [
		{ id: LAYER.background, type: 'background', paint: { 'background-color': PALETTE.sea } },
		{
			id: LAYER.world,
			type: 'fill',
			source: SOURCE.world,
			paint: {
				'fill-color': perFeature(PALETTE.land),
				'fill-opacity': perFeature(1),
				'fill-antialias': false
			}
		},
		{
			id: LAYER.land,
			type: 'fill',
			source: SOURCE.land,
			paint: {
				'fill-color': ['match', ['get', 'name'], 'Taiwan', PALETTE.landTaiwan, PALETTE.land],
				'fill-opacity': perFeature(1),
				'fill-antialias': false
			}
		},
		{
			id: LAYER.coastline,
			type: 'line',
			source: SOURCE.coastline,
			paint: {
				'line-color': perFeature(PALETTE.coastline),
				'line-width': perFeature(0.7),
				'line-opacity': perFeature(1),
				'line-dasharray': perFeature(['literal', [1, 0]])
			}
		},
		{
			id: LAYER.borders,
			type: 'line',
			source: SOURCE.borders,
			paint: {
				'line-color': perFeature(PALETTE.border),
				'line-width': perFeature(0.8),
				'line-opacity': perFeature(1),
				'line-dasharray': perFeature(['literal', [3, 2]])
			}
		}
	];
}

/** Drill zones: fill and outline by exercise and state (announced, active, ended), label. */
export function drillZoneLayers(): LayerSpecification[] {
	const state = zoneStateExpression();
	const filter = zoneFilterExpression(COMPARE_EXERCISE);
	return [
		{
			id: LAYER.zonesFill,
			type: 'fill',
			source: SOURCE.drillZones,
			filter,
			paint: {
				'fill-color': exerciseColor,
				'fill-opacity': [
					'*',
					['case', approximate, 0.6, 1],
					[
						'case',
						comparing,
						0.16,
						['match', state, 'active', 0.34, 'announced', 0.14, 'ended', 0.06, 0]
					]
				],
				'fill-antialias': false
			}
		},
		{
			id: LAYER.zonesOutline,
			type: 'line',
			source: SOURCE.drillZones,
			filter,
			paint: {
				'line-color': ['case', ['any', hovered, selected], PALETTE.highlight, exerciseColor],
				'line-width': [
					'+',
					['case', ['any', hovered, selected], 1.5, 0],
					['case', comparing, 1.6, ['match', state, 'active', 2.4, 'announced', 1.4, 1]]
				],
				'line-opacity': ['case', comparing, 0.9, ['match', state, 'ended', 0.45, 1]],
				'line-dasharray': precisionDash
			}
		},
		{
			id: LAYER.zonesLabel,
			type: 'symbol',
			source: SOURCE.drillZones,
			filter,
			layout: {
				...textLayout,
				'text-field': zoneLabelText(),
				'symbol-placement': 'point',
				'text-size': 11,
				// Centred in the zone where there is room; else beside its centre, clear of event dots
				// (see eventLayers' collision boxes), place names and the other zones' labels.
				'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
				'text-radial-offset': 1.1,
				'text-padding': 2,
				// This exercise's zones before the comparison's when both want the same spot.
				'symbol-sort-key': ['match', ['get', 'exercise'], 'jm2025', 0, 1]
			},
			paint: { ...halo, 'text-color': exerciseColor }
		}
	];
}

/** Shipping lanes: thin dashed lines (a routing graph, so always approximate). */
export function shippingLaneLayers(): LayerSpecification[] {
	return [
		{
			id: LAYER.lanes,
			type: 'line',
			source: SOURCE.shippingLanes,
			layout: { 'line-cap': 'round' },
			paint: {
				'line-color': ['case', hovered, PALETTE.highlight, PALETTE.lane],
				'line-width': ['case', hovered, 2.5, 1.1],
				'line-opacity': ['case', hovered, 1, 0.75],
				'line-dasharray': precisionDash
			}
		}
	];
}

/** Kinds of the reference source that come from data/baselines.geojson (drawn in their own colour). */
const MARITIME_KINDS = ['baseline', 'territorial_sea_limit', 'contiguous_zone_limit'];

/**
 * Reference lines: official lines dashed, secondary ones dotted, with labels along the line.
 * Taiwan's territorial-sea baselines (short dashes) and the 12-nm (long dashes) and 24-nm (dots)
 * lines computed from them share the layer, in their own colour.
 */
export function referenceLayers(): LayerSpecification[] {
	const secondary: ExpressionSpecification = ['to-boolean', ['get', 'secondary']];
	const kind: ExpressionSpecification = ['get', 'kind'];
	return [
		{
			// Official lines dashed, secondary ones dotted and lighter: one layer, one program.
			id: LAYER.referenceLine,
			type: 'line',
			source: SOURCE.reference,
			paint: {
				'line-color': [
					'case',
					hovered,
					PALETTE.highlight,
					['match', kind, MARITIME_KINDS, true, false],
					PALETTE.maritime,
					secondary,
					PALETTE.referenceSecondary,
					PALETTE.reference
				],
				'line-width': [
					'+',
					['case', hovered, 1.4, 0],
					[
						'match',
						kind,
						'baseline',
						1.2,
						'territorial_sea_limit',
						1.4,
						'contiguous_zone_limit',
						1.2,
						['case', secondary, 1.1, 1.6]
					]
				],
				'line-dasharray': [
					'match',
					kind,
					'baseline',
					['literal', [3, 1.5]],
					'territorial_sea_limit',
					['literal', [8, 3]],
					'contiguous_zone_limit',
					['literal', [1.5, 2]],
					['case', secondary, ['literal', [1, 2.5]], ['literal', [6, 3]]]
				],
				'line-opacity': perFeature(1)
			}
		},
		{
			id: LAYER.referenceLabel,
			type: 'symbol',
			source: SOURCE.reference,
			layout: {
				...textLayout,
				'text-field': referenceLabelText(),
				'symbol-placement': 'line',
				'text-size': 11
			},
			paint: { ...halo, 'text-color': perFeature(PALETTE.reference) }
		}
	];
}

/**
 * A soft halo under points whose location is approximate (an event placed at a capital, an
 * island group's rough centre): the cartographic sign for "somewhere about here".
 */
function uncertaintyHalo(
	id: string,
	source: string,
	filter?: ExpressionSpecification,
	drawn?: ExpressionSpecification
): LayerSpecification {
	const shown = <T>(value: T): ExpressionSpecification =>
		drawn ? (['case', drawn, value, 0] as ExpressionSpecification) : perFeature(value);
	return {
		id,
		type: 'circle',
		source,
		filter: filter ? ['all', approximate, filter] : approximate,
		paint: {
			'circle-radius': shown(15),
			'circle-color': perFeature(PALETTE.text),
			'circle-opacity': shown(0.12),
			'circle-stroke-color': perFeature(PALETTE.text),
			'circle-stroke-width': perFeature(0),
			'circle-blur': 0.6
		}
	};
}

/** Places: capitals, ports and islands as circles with labels. */
export function placeLayers(): LayerSpecification[] {
	const kindColor: ExpressionSpecification = [
		'match',
		['get', 'kind'],
		'capital',
		PALETTE.place.capital,
		'port',
		PALETTE.place.port,
		PALETTE.place.island
	];
	return [
		uncertaintyHalo(LAYER.placesHalo, SOURCE.places),
		{
			id: LAYER.placesCircle,
			type: 'circle',
			source: SOURCE.places,
			paint: {
				'circle-radius': ['match', ['get', 'kind'], 'capital', 5, 3.5],
				'circle-color': ['match', ['get', 'kind'], 'capital', '#ffffff', kindColor],
				'circle-stroke-color': kindColor,
				'circle-stroke-width': ['case', hovered, 3, ['match', ['get', 'kind'], 'capital', 2, 1]],
				'circle-opacity': perFeature(1)
			}
		},
		{
			id: LAYER.placesLabel,
			type: 'symbol',
			source: SOURCE.places,
			minzoom: 0,
			layout: {
				...textLayout,
				'text-field': ['get', 'name'],
				// A little smaller at the phone's opening zoom, where Taiwan's ports crowd together.
				'text-size': [
					'interpolate',
					['linear'],
					['zoom'],
					5,
					['match', ['get', 'kind'], 'capital', 12, 10],
					6.5,
					['match', ['get', 'kind'], 'capital', 13, 11]
				],
				// Right of the dot by preference, else above, below, left: Taipei, Keelung and the Port
				// of Taipei sit a few pixels apart at the opening zoom and each needs its own side.
				'text-variable-anchor': [
					'left',
					'bottom',
					'top',
					'right',
					'bottom-left',
					'top-left',
					'bottom-right',
					'top-right'
				],
				'text-radial-offset': 0.6,
				'text-justify': 'auto',
				'text-padding': 1,
				'symbol-sort-key': ['match', ['get', 'kind'], 'capital', 0, 'island', 1, 2]
			},
			paint: { ...halo, 'text-color': perFeature(PALETTE.text) }
		}
	];
}

/**
 * Annotations the tools draw over everything: the measuring tool's points, leg and range ring,
 * and the analysis panel's nearest-point lines.
 */
export function annotationLayers(): LayerSpecification[] {
	const kind = ['get', 'kind'] as ExpressionSpecification;
	return [
		{
			id: LAYER.annotationFill,
			type: 'fill',
			source: SOURCE.annotations,
			filter: ['==', kind, 'range-ring'],
			paint: { 'fill-color': PALETTE.highlight, 'fill-opacity': 0.05 }
		},
		{
			id: LAYER.annotationLine,
			type: 'line',
			source: SOURCE.annotations,
			filter: ['in', ['geometry-type'], ['literal', ['LineString', 'Polygon']]],
			paint: {
				'line-color': PALETTE.highlight,
				'line-width': 2,
				'line-dasharray': [
					'case',
					['==', kind, 'range-ring'],
					['literal', [3, 2]],
					['literal', [1, 0]]
				]
			}
		},
		{
			id: LAYER.annotationPoint,
			type: 'circle',
			source: SOURCE.annotations,
			filter: ['all', ['==', ['geometry-type'], 'Point'], ['!=', kind, 'label']],
			paint: {
				'circle-radius': 5,
				'circle-color': '#ffffff',
				'circle-stroke-color': PALETTE.highlight,
				'circle-stroke-width': 2
			}
		},
		{
			id: LAYER.annotationLabel,
			type: 'symbol',
			source: SOURCE.annotations,
			filter: ['==', ['geometry-type'], 'Point'],
			layout: {
				...textLayout,
				'text-field': ['get', 'label'],
				'text-offset': [0, -1],
				'text-allow-overlap': true
			},
			paint: halo
		}
	];
}

/** A story event's age in days (its `age` feature state, see core/map/eventAge); -1 if not drawn. */
const storyAge: ExpressionSpecification = ['number', ['feature-state', EVENT_AGE], -1];
/** Whether a story event is drawn at the map's time: its `age` state says so. */
const storyDrawn: ExpressionSpecification = ['>=', storyAge, 0];

/**
 * Events: circles coloured by category, the newest emphasised and those over three days old
 * faded. Without `key` they draw the story's events, which read whether they are drawn and
 * their age from each event's `age` feature state (core/map/eventAge, set by the map code from
 * the global state): a time step then lays out no tile again. `key`, `source` and `suffix` draw
 * one chunk of a large event set, whose filter and age read the chunk's global-state time (see
 * chunkTimes): there a step changes one key, not a state per event.
 */
export function eventLayers(
	key?: string,
	source: string = SOURCE.events,
	suffix = ''
): LayerSpecification[] {
	const story = key === undefined;
	const filter = story ? undefined : eventFilterExpression(key);
	const age = story ? storyAge : eventAgeDaysExpression(key);
	/** A paint value for drawn events; for the story's, `hidden` for those not drawn. */
	const shown = (value: ExpressionSpecification, hidden: number): ExpressionSpecification =>
		story ? ['case', storyDrawn, value, hidden] : value;
	// Circles take no part in label placement: an invisible glyph over each story event reserves
	// its dot so that zone and place labels move aside instead of sitting on it. It reserves every
	// story event's spot whatever the time, so labels stay put while the time moves (and a step
	// lays out nothing). Only for the story's own events (not the chunks of a large drawEvents
	// set, where it would cost placement).
	const collision: LayerSpecification[] = story
		? [
				{
					id: LAYER.eventsCollision + suffix,
					type: 'symbol',
					source,
					layout: {
						'text-font': textFont(),
						'text-field': 'o',
						'text-size': 12,
						'text-padding': 0,
						'text-allow-overlap': true,
						'text-ignore-placement': false
					},
					// The labels' paint (one shared GPU program), drawn fully transparent.
					paint: { ...halo, 'text-color': perFeature(PALETTE.text), 'text-opacity': 0 }
				}
			]
		: [];
	const circle: LayerSpecification = {
		id: LAYER.eventsCircle + suffix,
		type: 'circle',
		source,
		paint: {
			'circle-radius': shown(
				[
					'+',
					['case', ['any', hovered, selected], 3, 0],
					['interpolate', ['linear'], age, 0, 9, 1, 7, 3, 5]
				],
				0
			),
			'circle-color': [
				'match',
				['get', 'category'],
				'military',
				PALETTE.category.military,
				'economic',
				PALETTE.category.economic,
				PALETTE.category.diplomatic
			],
			'circle-opacity': shown(['interpolate', ['linear'], age, 0, 0.95, 3, 0.55], 0),
			'circle-stroke-color': ['case', ['any', hovered, selected], PALETTE.highlight, '#ffffff'],
			'circle-stroke-width': shown(['case', ['any', hovered, selected], 2.5, 1.5], 0)
		}
	};
	return [
		...collision,
		uncertaintyHalo(LAYER.eventsHalo + suffix, source, filter, story ? storyDrawn : undefined),
		filter ? { ...circle, filter } : circle
	] as LayerSpecification[];
}
