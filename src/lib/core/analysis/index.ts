export * from './types';
export { toDistance } from './toDistance';
export { toArea } from './toArea';
export { zoneArea } from './zoneArea';
export { nearestDistance } from './nearestDistance';
export { nearestPort, type NearestPort } from './nearestPort';
export { medianLineSide, type LineSide } from './medianLineSide';
export { lanesInZone, type LaneInZone } from './lanesInZone';
export {
	exerciseSummary,
	STRAIT_BOX,
	APPROACH_NM,
	APPROACH_KM,
	type ExerciseSummary,
	type PortAcross,
	type SummaryContext
} from './exerciseSummary';
export { greatCircle } from './greatCircle';
export { rangeRing } from './rangeRing';
export { roundTo } from './roundTo';
export { roundSignificant } from './roundSignificant';
export { distanceToZone } from './distanceToZone';
export { pointInZone } from './pointInZone';
export { splitAtRings, type LinePiece } from './splitAtRings';
export { densifyRhumb } from './densifyRhumb';
export { nearestOnLines } from './nearestOnLines';
export { lanesOnLand, type LaneOnLand } from './lanesOnLand';
export { limitLine } from './limitLine';
