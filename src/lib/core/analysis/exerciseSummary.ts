import { distanceToZone } from './distanceToZone';
import { nearestDistance } from './nearestDistance';
import { pointInZone } from './pointInZone';
import { splitAtRings } from './splitAtRings';
import { toArea } from './toArea';
import { zoneArea } from './zoneArea';
import {
	KM_PER_NM,
	type Area,
	type Box,
	type CoastInput,
	type Distance,
	type LaneInput,
	type PortInput,
	type Position,
	type SummaryZone
} from './types';

/**
 * The box that stands for "the strait" when the lane network is measured: [west, south, east,
 * north] = [117.5, 21.8, 121.2, 26.0] in degrees, edges along meridians and parallels.
 *
 * - West 117.5°E: the Fujian-Guangdong coast at the strait's south-western entrance (Dongshan
 *   and Nan'ao islands lie at about 117.0-117.5°E), so coastal routes off Xiamen are in.
 * - South 21.8°N: just south of Eluanbi, Taiwan's southern tip (about 21.90°N), so the southern
 *   entrance is in but the Bashi Channel and the Luzon Strait routes (about 19.9-21.0°N) are not.
 * - East 121.2°E: on Taiwan's main island (its west coast runs at about 120.0-121.0°E), so routes
 *   east of Taiwan, and the Keelung approaches at 121.4°E and beyond, are out.
 * - North 26.0°N: beyond the strait's northern entrance (Pingtan to Fuguijiao, about
 *   25.3-25.5°N) to take in the approaches to Fuzhou and the Min River.
 *
 * A box is a crude stand-in for a strait; it is stated so the share can be reproduced and
 * challenged, not because these are legal or hydrographic limits.
 */
export const STRAIT_BOX: Box = [117.5, 21.8, 121.2, 26.0];

/** Radius of a port's "seaward approach": 24 nm, the breadth of a contiguous zone. */
export const APPROACH_NM = 24;
/** `APPROACH_NM` in km: 44.448. */
export const APPROACH_KM = APPROACH_NM * KM_PER_NM;

/** What `exerciseSummary` needs besides the zones. */
export interface SummaryContext {
	/** The coastline the closest approach is measured to (e.g. Taiwan's main island). */
	coast: CoastInput;
	/** The lane network (e.g. `LaneFeature`s). */
	lanes: readonly LaneInput[];
	/** Ports (e.g. `PlaceFeature`s of kind "port"). */
	ports: readonly PortInput[];
	/** The box the lane share is measured in; default `STRAIT_BOX`. */
	box?: Box;
	/** Radius of a port's seaward approach in km; default `APPROACH_KM` (24 nm). */
	approachKm?: number;
}

/** A port with a zone across its seaward approach. */
export interface PortAcross {
	id: string;
	name: string;
	/** The nearest zone of the exercise to the port, and its distance. */
	zoneId: string;
	distance: Distance;
}

/** The figures for one exercise, all unrounded. */
export interface ExerciseSummary {
	zoneIds: string[];
	/** Sum of the zones' areas (WGS84 ellipsoid; zones are assumed not to overlap). */
	totalArea: Area;
	/** The zone that comes closest to the coast, or null when there are no zones. */
	closestApproach: {
		zoneId: string;
		distance: Distance;
		onZone: Position;
		onCoast: Position;
	} | null;
	lanes: {
		/** The box used, [west, south, east, north]. */
		box: Box;
		/** Length of the whole lane network inside the box, in km (the denominator). */
		boxKm: number;
		/** Length inside the box that lies in at least one zone, in km (the numerator). */
		insideBoxKm: number;
		/** `insideBoxKm / boxKm` (0 when the box holds no lane). */
		share: number;
		/** Length inside at least one zone anywhere, in km (box or not). */
		insideKm: number;
		/** Ids of the lanes with any length inside a zone, in input order. */
		crossed: string[];
	};
	/** Radius of the seaward approach used, in km. */
	approachKm: number;
	/** Ports whose approach circle meets a zone, in input order. */
	portsWithZoneAcross: PortAcross[];
}

/** The four edges of a [w, s, e, n] box as a closed ring. */
function boxRing([w, s, e, n]: Box): Position[] {
	return [
		[w, s],
		[e, s],
		[e, n],
		[w, n],
		[w, s]
	];
}

/**
 * The headline figures of one exercise: total zone area, the closest approach to a coastline,
 * the share of the strait's lane network that runs through the zones, and the ports with a zone
 * across their seaward approach.
 *
 * Definitions:
 * - Lane share: the length of lane inside both `box` (default `STRAIT_BOX`) and at least one zone,
 *   divided by the length of all lanes clipped to `box`. Lengths are along the lanes' rhumb-line
 *   segments as drawn; overlapping zones are not counted twice.
 * - A port has "a zone across its seaward approach" when its 24-nm (44.448 km) circle meets a
 *   zone, that is, when the great-circle distance from the port's reference position to the zone
 *   is at most 44.448 km. The circle is centred on the port's point, not on a baseline: it is a
 *   way to compare exercises, not Taiwan's legal contiguous zone.
 *
 * @param {SummaryZone[]} zones the exercise's zones, Polygon features with an `id` (not modified)
 * @param {SummaryContext} context `{ coast, lanes, ports, box?, approachKm? }` (not modified)
 * @returns {ExerciseSummary} the figures, unrounded
 * @example
 * const s = exerciseSummary(jm2025Zones, { coast: taiwan, lanes, ports });
 * //=s.closestApproach.zoneId is the zone nearest the coast; s.lanes.share is in 0..1
 */
export function exerciseSummary(
	zones: readonly SummaryZone[],
	context: SummaryContext
): ExerciseSummary {
	const box = context.box ?? STRAIT_BOX;
	const approachKm = context.approachKm ?? APPROACH_KM;
	const [w, s, e, n] = box;

	let totalKm2 = 0;
	let closest: ExerciseSummary['closestApproach'] = null;
	for (const zone of zones) {
		totalKm2 += zoneArea(zone).km2;
		const near = nearestDistance(zone, context.coast);
		if (!closest || near.distance.km < closest.distance.km) {
			closest = { zoneId: zone.properties.id, ...near };
		}
	}

	const rings = [boxRing(box), ...zones.flatMap((z) => z.geometry.coordinates)];
	const inBox = ([x = NaN, y = NaN]: Position) => x >= w && x <= e && y >= s && y <= n;
	let boxKm = 0;
	let insideBoxKm = 0;
	let insideKm = 0;
	const crossed: string[] = [];
	for (const lane of context.lanes) {
		let laneInside = 0;
		for (const piece of splitAtRings(lane.geometry.coordinates, rings)) {
			const boxed = inBox(piece.mid);
			const zoned = zones.some((z) => pointInZone(piece.mid, z));
			if (boxed) boxKm += piece.km;
			if (boxed && zoned) insideBoxKm += piece.km;
			if (zoned) laneInside += piece.km;
		}
		insideKm += laneInside;
		if (laneInside > 0) crossed.push(lane.properties.id);
	}

	const portsWithZoneAcross: PortAcross[] = [];
	for (const port of context.ports) {
		let best: { zoneId: string; distance: Distance } | null = null;
		for (const zone of zones) {
			const d = distanceToZone(port.geometry.coordinates, zone).distance;
			if (!best || d.km < best.distance.km) best = { zoneId: zone.properties.id, distance: d };
		}
		if (best && best.distance.km <= approachKm) {
			portsWithZoneAcross.push({ id: port.properties.id, name: port.properties.name, ...best });
		}
	}

	return {
		zoneIds: zones.map((z) => z.properties.id),
		totalArea: toArea(totalKm2),
		closestApproach: closest,
		lanes: {
			box: [w, s, e, n],
			boxKm,
			insideBoxKm,
			share: boxKm > 0 ? insideBoxKm / boxKm : 0,
			insideKm,
			crossed
		},
		approachKm,
		portsWithZoneAcross
	};
}
