/**
 * Source and layer ids. Source ids are a public contract (scripts and tests query them):
 * `drill-zones`, `shipping-lanes`, `places`, `events`, `reference`.
 */
export const SOURCE = {
	world: 'basemap-world',
	land: 'basemap-land',
	coastline: 'basemap-coastline',
	borders: 'basemap-borders',
	drillZones: 'drill-zones',
	shippingLanes: 'shipping-lanes',
	places: 'places',
	events: 'events',
	reference: 'reference',
	annotations: 'annotations'
} as const;

/** The data layer groups a user can switch on and off, in legend order. */
export const LAYER_GROUPS = [
	'drill-zones',
	'shipping-lanes',
	'reference',
	'places',
	'events'
] as const;

/** One of the toggleable layer groups; equal to the id of the source it draws. */
export type LayerGroup = (typeof LAYER_GROUPS)[number];

export const LAYER = {
	background: 'background',
	world: 'world-land',
	land: 'land',
	coastline: 'coastline',
	borders: 'borders',
	zonesFill: 'drill-zones-fill',
	zonesOutline: 'drill-zones-outline',
	zonesLabel: 'drill-zones-label',
	lanes: 'shipping-lanes-line',
	referenceLine: 'reference-line',
	referenceLabel: 'reference-label',
	placesHalo: 'places-uncertainty',
	placesCircle: 'places-circle',
	placesLabel: 'places-label',
	eventsHalo: 'events-uncertainty',
	eventsCircle: 'events-circle',
	eventsCollision: 'events-collision',
	annotationFill: 'annotations-fill',
	annotationLine: 'annotations-line',
	annotationPoint: 'annotations-point',
	annotationLabel: 'annotations-label'
} as const;

/** The layers that draw each group, so a toggle can hide all of them at once. */
export const GROUP_LAYERS: Record<LayerGroup, readonly string[]> = {
	'drill-zones': [LAYER.zonesFill, LAYER.zonesOutline, LAYER.zonesLabel],
	'shipping-lanes': [LAYER.lanes],
	reference: [LAYER.referenceLine, LAYER.referenceLabel],
	places: [LAYER.placesHalo, LAYER.placesCircle, LAYER.placesLabel],
	events: [LAYER.eventsCollision, LAYER.eventsHalo, LAYER.eventsCircle]
};

/** The layers a pointer can hover and click, top-most first. */
export const INTERACTIVE_LAYERS: readonly string[] = [
	LAYER.eventsCircle,
	LAYER.placesCircle,
	LAYER.referenceLine,
	LAYER.lanes,
	LAYER.zonesFill
];

/** The font name used in `text-font`: the bundled Noto Sans glyphs in public/glyphs/Noto Sans Regular. */
export const FONT = 'Noto Sans Regular';
