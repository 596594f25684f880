import { distanceToZone } from './distanceToZone';
import type { Distance, PortInput, Position, ZoneInput } from './types';

/** The port nearest to a zone. */
export interface NearestPort {
	id: string;
	name: string;
	distance: Distance;
	/** The nearest point of the zone (the port itself when it lies in the zone). */
	onZone: Position;
}

/**
 * The port nearest to a zone, by great-circle distance from the port's reference position to the
 * zone's edge (zero when the port lies in the zone). Ties go to the port listed first.
 *
 * @param {ZoneInput} zone the zone (not modified)
 * @param {PortInput[]} ports Point features with `id` and `name` (e.g. `PlaceFeature`s of kind
 * "port"; not modified)
 * @returns {NearestPort | null} `{ id, name, distance, onZone }`, or null when `ports` is empty
 * @example
 * const zone = turf.polygon([[[1, -1], [2, -1], [2, 1], [1, 1], [1, -1]]]);
 * const ports = [turf.point([0, 0], { id: 'a', name: 'A' }), turf.point([4, 0], { id: 'b', name: 'B' })];
 * const port = nearestPort(zone, ports);
 * //=port.id is 'a', port.distance.km about 111.2
 */
export function nearestPort(zone: ZoneInput, ports: readonly PortInput[]): NearestPort | null {
	let best: NearestPort | null = null;
	for (const port of ports) {
		const d = distanceToZone(port.geometry.coordinates, zone);
		if (!best || d.distance.km < best.distance.km) {
			best = {
				id: port.properties.id,
				name: port.properties.name,
				distance: d.distance,
				onZone: d.onZone
			};
		}
	}
	return best;
}
