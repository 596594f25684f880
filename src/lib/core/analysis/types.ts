import type {
	Feature,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import type { DrillZoneProps, LaneProps, PlaceProps } from '../data/schema';

/** Kilometres in one international nautical mile (exact by definition). */
export const KM_PER_NM = 1.852;

/**
 * Longest piece, in km, of a zone edge or line when it is densified along its rhumb line before
 * great-circle distances are measured (far below the ±0.5 km of the coastline basis).
 */
export const DENSIFY_KM = 1;

/** A distance in kilometres and nautical miles (the same length, unrounded). */
export interface Distance {
	km: number;
	nm: number;
}

/** An area in square kilometres and square nautical miles (the same area, unrounded). */
export interface Area {
	km2: number;
	nm2: number;
}

/** A drill zone, or any polygon: a `DrillZoneFeature` fits, and so does a bare GeoJSON Polygon. */
export type ZoneInput = Feature<Polygon> | Polygon;

/** A zone that carries its id, as the exercise summary needs (a `DrillZoneFeature` fits). */
export type SummaryZone = Feature<Polygon, Pick<DrillZoneProps, 'id'>>;

/** A lane edge with its id (a `LaneFeature` fits). */
export type LaneInput = Feature<LineString, Pick<LaneProps, 'id'>>;

/** A port with its id and name (a `PlaceFeature` fits). */
export type PortInput = Feature<Point, Pick<PlaceProps, 'id' | 'name'>>;

/** A coastline: lines, or polygons whose rings are the coast (land is the polygons' inside). */
export type CoastGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

/** A coastline as a Feature or a bare geometry. */
export type CoastInput = Feature<CoastGeometry> | CoastGeometry;

/** A line such as the median line, as a Feature or a bare LineString. */
export type LineInput = Feature<LineString> | LineString;

/** The closest approach of a zone to a coastline: the distance and the two nearest points. */
export interface CoastApproach {
	distance: Distance;
	/** The nearest point on the zone's edge (where they meet: a point they share). */
	onZone: Position;
	/** The nearest point on the coastline (where they meet: the same point as `onZone`). */
	onCoast: Position;
}

/** A box [west, south, east, north] in degrees. */
export type Box = [west: number, south: number, east: number, north: number];

export type { Position };
