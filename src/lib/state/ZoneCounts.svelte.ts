import { inBackground } from '../core/schedule/inBackground';
import type { Feature, Polygon } from 'geojson';
import type { countInZones } from '../core/import/countInZones';
import type { ColumnarPoints } from '../core/import/types';

type Points = Pick<ColumnarPoints, 'count' | 'lon' | 'lat' | 'start'>;

/** Schedules work in a later task: a background-priority one by default; tests pass their own. */
export type Later = (fn: () => void) => void;

/** Points counted in one go: a task checks its budget after each slice. */
export const COUNT_SLICE = 65_536;
/** A task counts slices until it has run this long, then leaves the rest to the next task. */
export const COUNT_BUDGET_MS = 16;

/**
 * Imported points counted inside each drill zone, off the critical path: a dataset's counts are
 * made a slice of points at a time, a task running slices for at most COUNT_BUDGET_MS (a zone
 * of a million points clustered near Taiwan took 150-290 ms in one task, the longest task of an
 * import), and kept for as long as its points and the zones' geometries stay the same, so a new
 * colour, name or language counts nothing again.
 */
export class ZoneCounts {
	// Weak: a removed dataset's counts go with its points. `#ready` tells readers a count landed.
	#done = new WeakMap<Points, { zones: readonly Polygon[]; counts: number[] }>();
	#running = new WeakMap<Points, readonly Polygon[]>();
	#ready = $state(0);
	#later: Later;
	#counter: () => Promise<typeof countInZones>;
	#now: () => number;

	/**
	 * Counts with `later` scheduling each task (a background-priority task by default), the
	 * counting code `counter` gives (core/import/countInZones and turf, loaded with the first
	 * dataset) and `now` timing each task's budget.
	 */
	constructor(
		later: Later = inBackground,
		counter = () => import('../core/import/countInZones').then((m) => m.countInZones),
		now: () => number = () => performance.now()
	) {
		this.#later = later;
		this.#counter = counter;
		this.#now = now;
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
		// The zone being counted, and the first point of it not yet counted.
		let zone = 0;
		let next = 0;
		void this.#counter().then((count) => {
			const step = () => {
				if (this.#running.get(points) !== geometries) return; // superseded
				const until = this.#now() + COUNT_BUDGET_MS;
				while (zone < zones.length) {
					const to = Math.min(next + COUNT_SLICE, points.count);
					counts[zone] =
						(counts[zone] ?? 0) + count(points, [zones[zone]!], undefined, next, to)[0]!;
					next = to;
					if (next >= points.count) [zone, next] = [zone + 1, 0];
					if (this.#now() >= until) break;
				}
				if (zone < zones.length) {
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
