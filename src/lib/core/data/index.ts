export * from './schema';
export { DATA_FILES, isDataFileName, type DataFileName } from './dataFiles';
export type { DataIssue } from './dataIssue';
export { formatIssue } from './formatIssue';
export { validateDataset, type ValidationResult } from './validateDataset';
export { crossCheck, zoneAnchor, type DatasetMap } from './crossCheck';
export { normalizeEvents } from './normalizeEvents';
export type {
	NormalizedEventCollection,
	NormalizedEventFeature,
	NormalizedEventProps
} from './normalizeEvents';
export { normalizeZones } from './normalizeZones';
export type {
	NormalizedZoneCollection,
	NormalizedZoneFeature,
	NormalizedZoneProps
} from './normalizeZones';
export { parseIsoTime, parseIsoDate, parseDateOrTime, isoLocalParts } from './parseIsoTime';
export { looksSwapped, PROJECT_REGION } from './looksSwapped';
export { containsHtml } from './containsHtml';
export { isPlanned, asOfEnd, stalePlannedReason } from './isPlanned';
export {
	SOURCE_TIERS,
	SourceTierSchema,
	bestTier,
	secondaryOnly,
	tierLabel,
	type SourceTier
} from './sourceTier';
export { ACTIVITY_FILE, LATER_DATA_FILES } from './dataFiles';
export * from './activitySchema';
export { activityIssues, validateActivity } from './validateActivity';
