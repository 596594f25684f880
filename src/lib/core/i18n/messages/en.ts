import type { Translated } from '../translated';

/**
 * The English interface strings: the source catalogue. Every other language must have exactly
 * these keys with the same `{placeholders}` (tests/unit/core/i18n/catalogue.test.ts).
 */
export const en = {
	// App (src/App.svelte)
	appTitle: 'Strait Atlas',
	tagline: 'The Taiwan Strait, November 2025 to January 2026',
	mapRegion: 'Map of the Taiwan Strait',
	loadingMap: 'Loading the map…',
	mapStartFailed: 'The map could not start: it needs WebGL, which this browser did not provide.',
	mapDrawFailed: 'The map could not draw its data.',
	mapFailed: 'The map failed while drawing.',
	panelLabel: 'Strait Atlas panel',
	hidePanel: 'Hide panel',
	showPanel: 'Show panel',
	storyOpen: 'Story',

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
	sliderGroupOne: '{count} event',
	sliderGroupOther: '{count} events',

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

	// App: the link announcements and the story's failure
	linkCopiedAnnouncement: 'Link to this view copied.',
	linkCopyFailedAnnouncement: 'The link could not be copied.',
	storyFailed: 'The story could not be opened: {error}',

	// Skip links
	skipLinks: 'Skip links',
	skipToMap: 'Skip to the map',
	skipToTimeline: 'Skip to the timeline',

	// Event list, when only part of a long list is drawn
	eventsAround: '{shown} of {total} events, around the current time',

	// Feature list (core/describe/featureListGroups gives the group titles)
	featureListTitle: 'Map features',
	featureListHint: 'Every zone, place and event on the map, for the keyboard: Enter selects.',
	featureGroupZones: 'Drill zones',
	featureGroupPlaces: 'Places',
	featureGroupEvents: 'Events',
	featureGroupLines: 'Lines',

	// Activity strip (MND daily reports; core/time/activityLabel builds the sentences)
	activityTitle: 'PLA activity around Taiwan, MND daily reports',
	activityKeyAircraft: 'aircraft',
	activityKeyCross: 'across median line',
	activityKeyNavy: 'navy ships',
	activityKeyOfficial: 'official ships',
	activityKeyBalloons: 'balloons',
	activityKeyGap: 'no report',
	activityLoadFailed: 'MND daily figures could not be loaded: {error}',
	activityLoading: 'Loading MND daily figures…'
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof en;

/** A complete catalogue in one language: every English key, with a string. */
export type Messages = Translated<typeof en>;
