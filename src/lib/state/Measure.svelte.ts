import type { FeatureCollection } from 'geojson';
import type { greatCircle } from '../core/analysis/greatCircle';
import type { rangeRing } from '../core/analysis/rangeRing';

const KM_PER_NM = 1.852;

/**
 * How a measured leg reads: nautical miles first (the strait's unit), km, and the bearing. `nm`
 * is the unit's abbreviation in the panel's language (the map's label keeps "nm").
 */
export function legLabel(
	leg: { distance: { km: number; nm: number }; bearing: number },
	nm = 'nm'
): string {
	return `${leg.distance.nm.toFixed(1)} ${nm} · ${leg.distance.km.toFixed(1)} km · ${Math.round(leg.bearing)}°`;
}

/** The tool's geometry: turf's great circle and circle (about 1 KB gzip, not needed at startup). */
interface Geometry {
	greatCircle: typeof greatCircle;
	rangeRing: typeof rangeRing;
}

const loadGeometry = (): Promise<Geometry> =>
	Promise.all([import('../core/analysis/greatCircle'), import('../core/analysis/rangeRing')]).then(
		([g, r]) => ({ greatCircle: g.greatCircle, rangeRing: r.rangeRing })
	);

/**
 * The measuring tool: up to two points for a great-circle distance and bearing, and a range
 * ring of a chosen radius around the first point.
 */
export class Measure {
	active = $state(false);
	points = $state.raw<[number, number][]>([]);
	radiusNm = $state(24);
	/** The geometry, once loaded: the tool loads it when switched on or given a point. */
	#geometry = $state.raw<Geometry | null>(null);
	#loading: Promise<void> | null = null;

	/** Distance (km, nm) and initial bearing between the two points, once there are two. */
	leg = $derived(
		this.points.length === 2 && this.#geometry
			? this.#geometry.greatCircle(this.points[0]!, this.points[1]!)
			: null
	);

	/** What the map draws for the tool: the points, the leg and the range ring. */
	drawing = $derived.by((): FeatureCollection => {
		const features: FeatureCollection['features'] = this.points.map((p, i) => ({
			type: 'Feature',
			properties: { kind: 'measure-point', label: i === 0 ? 'A' : 'B' },
			geometry: { type: 'Point', coordinates: p }
		}));
		if (this.points[0] && this.radiusNm > 0 && this.#geometry) {
			const ring = this.#geometry.rangeRing(this.points[0], this.radiusNm * KM_PER_NM);
			const north = ring.coordinates[0]!.reduce((a, b) => ((b[1] ?? 0) > (a[1] ?? 0) ? b : a));
			features.unshift(
				{ type: 'Feature', properties: { kind: 'range-ring' }, geometry: ring },
				{
					type: 'Feature',
					properties: { kind: 'label', label: `${this.radiusNm} nm` },
					geometry: { type: 'Point', coordinates: north }
				}
			);
		}
		const [a, b] = this.points;
		if (a && b && this.leg) {
			features.push(
				{
					type: 'Feature',
					properties: { kind: 'measure-leg' },
					geometry: { type: 'LineString', coordinates: [a, b] }
				},
				{
					type: 'Feature',
					properties: { kind: 'label', label: legLabel(this.leg) },
					geometry: { type: 'Point', coordinates: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] }
				}
			);
		}
		return { type: 'FeatureCollection', features };
	});

	/** Loads the geometry, once; resolves when the leg and the ring can be drawn. */
	load(): Promise<void> {
		return (this.#loading ??= loadGeometry().then((g) => {
			this.#geometry = g;
		}));
	}

	/** Switches the tool on (loading its geometry) or off; leaving it clears the points. */
	toggle(): void {
		this.active = !this.active;
		if (this.active) void this.load();
		else this.points = [];
	}

	/** Leaves the tool (Escape). */
	stop(): void {
		this.active = false;
		this.points = [];
	}

	/** Adds a point; a third click starts a new measurement. */
	add(point: [number, number]): void {
		void this.load();
		this.points = this.points.length >= 2 ? [point] : [...this.points, point];
	}
}
