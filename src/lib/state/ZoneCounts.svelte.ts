import type { Feature, Polygon } from 'geojson';
import type { countInZones } from '../core/import/countInZones';
import type { ColumnarPoints } from '../core/import/types';

type Points = Pick<ColumnarPoints, 'count' | 'lon' | 'lat' | 'start'>;

/** Schedules work in a later task: setTimeout by default; tests pass their own. */
export type Later = (fn: () => void) => void;

/**
 * Imported points counted inside each drill zone, off the critical path: a dataset's counts are
 * made one zone per task (a million points take about 10 ms a zone, 100 ms for all eleven in one
 * task before), and kept for as long as its points and the zones' geometries stay the same, so a
 * new colour, name or language counts nothing again.
 */
export class ZoneCounts {
	// Weak: a removed dataset's counts go with its points. `#ready` tells readers a count landed.
	#done = new WeakMap<Points, { zones: readonly Polygon[]; counts: number[] }>();
	#running = new WeakMap<Points, readonly Polygon[]>();
	#ready = $state(0);
	#later: Later;
	#counter: () => Promise<typeof countInZones>;

	/**
	 * Counts with `later` scheduling each zone's count (setTimeout by default) and the counting
	 * code `counter` gives (core/import/countInZones and turf, loaded with the first dataset).
	 */
	constructor(
		later: Later = (fn) => setTimeout(fn, 0),
		counter = () => import('../core/import/countInZones').then((m) => m.countInZones)
	) {
		this.#later = later;
		this.#counter = counter;
	}

	/**
	 * The counts of `points` in each of `zones`, or null while they are being made (reading it
	 * starts them). Reactive: it changes once the counts are ready.
	 */
	countsOf(points: Points, zones: readonly Feature<Polygon>[]): number[] | null {
		void this.#ready;
		const geometries = zones.map((z) => z.geometry);
		const done = this.#done.get(points);
		if (done && same(done.zones, geometries)) return done.counts;
		const running = this.#running.get(points);
		if (!running || !same(running, geometries)) this.#start(points, zones, geometries);
		return null;
	}

	#start(points: Points, zones: readonly Feature<Polygon>[], geometries: readonly Polygon[]): void {
		this.#running.set(points, geometries);
		const counts: number[] = [];
		void this.#counter().then((count) => {
			const step = () => {
				if (this.#running.get(points) !== geometries) return; // superseded
				if (counts.length < zones.length) {
					counts.push(count(points, [zones[counts.length]!])[0]!);
					this.#later(step);
					return;
				}
				this.#running.delete(points);
				this.#done.set(points, { zones: geometries, counts });
				this.#ready++;
			};
			this.#later(step);
		});
	}
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}
