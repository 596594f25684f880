/**
 * The English interface strings: the source catalogue. Every other language must have exactly
 * these keys with the same `{placeholders}` (tests/unit/core/i18n/catalogue.test.ts).
 */
export const en = {
	// Language switch
	// App (src/App.svelte, converted by the lead)
	appTitle: 'Strait Atlas',
	tagline: 'The Taiwan Strait, November 2025 to January 2026',
	mapRegion: 'Map of the Taiwan Strait',
	loadingMap: 'Loading the map…',
	panelLabel: 'Strait Atlas panel',
	hidePanel: 'Hide panel',
	showPanel: 'Show panel',
	storyOpen: 'Story',
	about: 'About',
	aboutText:
		'Every shape and event on this map carries its source and a precision. Drill-zone corners are the ones the PLA Eastern Theater Command published; shipping lanes are a generalised routing network, not traffic. Click any feature for its sources.',

	// Feature descriptions (core/describe/describeFeature: panel and popups)
	kindDrillZone: 'Drill zone',
	kindShippingLane: 'Shipping lane',
	kindPlace: 'Place',
	kindEvent: 'Event',
	kindReference: 'Reference line',
	kindImported: 'Your data: {name}',
	precisionImported: 'as recorded in your file',
	importedPoint: 'point {n}',
	projectSave: 'Save project',
	projectOpen: 'Open project',
	projectOpenFailed: 'The project file could not be opened:',
	projectHint: 'Saves the view and your data as one file to share.',
	rowExercise: 'Exercise',
	rowZone: 'Zone',
	rowAnnounced: 'Announced',
	rowActiveFrom: 'Active from',
	rowActiveUntil: 'Active until',
	rowImpacts: 'Impacts',
	rowNote: 'Note',
	rowWhen: 'When',
	rowUntil: 'Until',
	rowCategory: 'Category',
	rowActors: 'Actors',
	plannedAsOf: 'Planned (record as of {date})',
	rowKind: 'Kind',
	rowStatus: 'Status',
	statusSecondary: 'Secondary source, not checked against an official text',
	localDate: '{date} (local date)',
	unnamedFeature: 'Unnamed feature',
	valueMilitary: 'military',
	valueDiplomatic: 'diplomatic',
	valueEconomic: 'economic',
	valueCapital: 'capital',
	valuePort: 'port',
	valueIsland: 'island',
	valueExact: 'exact',
	valueApproximate: 'approximate',

	languageLabel: 'Language',

	// Time bar
	timeline: 'Timeline',
	zoneSwitch: 'Time zone: {zone}. Switch to {other}',
	zoneTaipeiShort: 'Taipei time',
	zoneUtcShort: 'UTC',
	previousEvent: 'Previous event',
	nextEvent: 'Next event',
	play: 'Play',
	pause: 'Pause',
	playbackSpeed: 'Playback pace',
	paceSlow: 'Slow',
	paceNormal: 'Normal',
	paceFast: 'Fast',
	eventsShownLabel: 'Events shown',
	everythingUpToNow: 'Everything up to now',
	last24h: 'Last 24 hours',
	last7d: 'Last 7 days',
	copyLink: 'Copy link',
	linkCopied: 'Link copied',
	copyFailed: 'Copy failed',
	export: 'Export',

	// Time slider
	time: 'Time',
	sliderValue: '{time} {zone}, {count} events shown',

	// Event list
	events: 'Events',
	background: 'Background',
	ahead: 'Ahead',
	planned: 'planned',

	// Layer toggles
	layers: 'Layers',
	layerDrillZones: 'Drill zones',
	layerShippingLanes: 'Shipping lanes',
	layerReference: 'Median line and ADIZ',
	layerPlaces: 'Capitals, ports, islands',
	layerEvents: 'Events',

	// Legend
	legend: 'Legend',
	legendDrillZones: 'Drill zones',
	legendJm2025: 'Justice Mission 2025 (Dec 2025)',
	legendAug2022: 'August 2022 exercises',
	legendActive: 'Active: strong fill, thick outline',
	legendAnnounced: 'Announced or ended: faint fill',
	legendPrecision: 'Precision',
	legendExact: 'Solid: exact, from published coordinates',
	legendApproximate: 'Dashed: approximate (derived or generalised)',
	legendSecondary: 'Dotted: secondary source, not checked against an official text',
	legendHalo: 'Soft halo: approximate location (an event placed at its capital or zone)',
	legendLines: 'Lines',
	legendMedianLine: 'Median line (official endpoints)',
	legendLane: 'Shipping lane (MARNET routing graph, approximate)',
	legendPoints: 'Points',
	legendMilitary: 'Military event',
	legendDiplomatic: 'Diplomatic event',
	legendEconomic: 'Economic event',
	legendCapital: 'Capital',
	legendPort: 'Port (World Port Index)',
	legendIsland: 'Island group',
	legendFade: 'Older events fade; the newest is largest.',

	// Feature detail
	closeDetails: 'Close details',
	precisionLabel: 'Precision:',
	correctionLabel: 'Correction to the news story:',
	sources: 'Sources',

	// Measure
	measure: 'Measure',
	stopMeasuring: 'Stop measuring',
	measureDistance: 'Measure distance',
	measureHint:
		'Click two points on the map, or add the map centre with the button (keyboard: pan with the arrow keys). Escape leaves the tool.',
	addCentrePoint: 'Add point at map centre',
	rangeRing: 'Range ring',
	nm: 'nm',
	greatCircle: 'Great-circle distance and initial bearing:',
	noPointYet: 'No point yet.',
	onePoint: 'One point: add a second.',

	// Data errors
	dataProblem: 'Data problem in {file}:',
	dismissMessage: 'Dismiss this message',
	dismiss: 'Dismiss',

	// Analysis
	analysis: 'Analysis',
	loadingFigures: 'Loading the figures…',
	compareAug2022: 'Draw the August 2022 zones for comparison',
	nowOnMap: '{name}, now on the map',
	totalZoneArea: 'Total zone area',
	closestToCoast: "Closest to Taiwan's coast",
	zoneNumber: 'zone {zone}',
	laneNetworkInside: 'Strait lane network inside zones',
	percentByLength: '{percent}% by length',
	portsAcross: 'Ports with a zone across their approach',
	noneWithin24: 'none within 24 nm',
	perZone: 'Per zone (rounded to what the basis supports)',
	colZone: 'Zone',
	colAreaKm2: 'Area km²',
	colCoastNm: 'Coast nm',
	colMedianLine: 'Median line',
	colLanesInsideKm: 'Lanes inside km',
	colNearestPoint: 'Nearest point',
	sideEast: "Taiwan's side",
	sideWest: "mainland's side",
	sideStraddles: 'straddles',
	straddlesPastEnds: 'straddles (past the official endpoints)',
	straddlesToward: 'straddles, {nm} nm toward Taiwan',
	showNearest: "Show zone {zone}'s nearest point to the coast",
	show: 'Show',
	pressDiffers:
		'Press and our figure differ: {place}: press about {pressNm} nm ({source}); ours {oursNm} nm ({method}).',
	noExerciseNow: "No exercise's zones are on the map at this time.",
	exercisesCompared: 'Exercises compared',
	colExercise: 'Exercise',
	colClosestNm: 'Closest nm',
	colLanesCut: 'Lanes cut',
	zonesNotPublished: 'zones not published',
	downloadCsv: 'Download CSV'
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof en;

/** A complete catalogue in one language: every English key, with a string. */
export type Messages = { readonly [K in MessageKey]: string };
