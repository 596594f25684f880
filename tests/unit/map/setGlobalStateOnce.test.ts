import { describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { setGlobalStateOnce } from '../../../src/lib/map/setGlobalStateOnce';

/** A layer of the fake style: its source, the keys its filter reads and those its paint reads. */
interface FakeLayer {
	source: string;
	layout: string[];
	paint: string[];
}

/**
 * A stand-in for the map and the private part of its style setGlobalStateOnce uses, doing what
 * MapLibre 6's `_setGlobalStateValues` does: a source whose layers' filter reads a changed key
 * is reloaded at once, one whose data-driven paint reads one is marked for the next frame, with
 * its layer marked to be sent to the worker.
 */
function fakeMap(layers: Record<string, FakeLayer>, state: Record<string, unknown> = {}) {
	const reloads: string[] = [];
	const style = {
		_layers: Object.fromEntries(
			Object.entries(layers).map(([id, l]) => [
				id,
				{ source: l.source, getLayoutAffectingGlobalStateRefs: () => new Set(l.layout) }
			])
		),
		_updatedSources: {} as Record<string, string>,
		_updatedLayers: {} as Record<string, boolean>,
		_reloadSource: (id: string) => reloads.push(id),
		_setGlobalStateValues(values: Record<string, unknown>) {
			Object.assign(state, values);
			const now = new Set<string>();
			for (const [id, l] of Object.entries(layers)) {
				const keys = Object.keys(values);
				if (keys.some((k) => l.layout.includes(k))) now.add(l.source);
				if (keys.some((k) => l.paint.includes(k))) {
					this._updatedLayers[id] = true;
					this._updatedSources[l.source] ??= 'reload';
				}
			}
			for (const id of now) this._reloadSource(id);
		}
	};
	const update = vi.fn();
	const setGlobalStateProperty = vi.fn();
	const map = { style, getGlobalState: () => state, _update: update, setGlobalStateProperty };
	return { map: map as unknown as MlMap, style, reloads, update, setGlobalStateProperty };
}

const EVENTS = {
	circle: { source: 'events', layout: ['eventT'], paint: ['ageT'] },
	zones: { source: 'zones', layout: ['zoneT'], paint: [] }
};

describe('setGlobalStateOnce()', () => {
	it('setGlobalStateOnce() lays a source its filter and paint both read out once, at once', () => {
		const { map, style, reloads } = fakeMap(EVENTS);
		expect(setGlobalStateOnce(map, { eventT: 1, ageT: 2 })).toEqual(['events']);
		expect(reloads).toEqual(['events']);
		expect(style._updatedSources).toEqual({});
		expect(style._updatedLayers).toEqual({});
	});

	it('setGlobalStateOnce() lays a source only its paint reads out at once, not at the next frame', () => {
		const { map, style, reloads } = fakeMap(EVENTS);
		expect(setGlobalStateOnce(map, { ageT: 2 })).toEqual(['events']);
		expect(reloads).toEqual(['events']);
		expect(style._updatedSources).toEqual({});
	});

	it('setGlobalStateOnce() keeps a reload something else asked for before it', () => {
		const { map, style, reloads } = fakeMap(EVENTS);
		style._updatedSources.events = 'reload';
		style._updatedLayers.circle = true;
		expect(setGlobalStateOnce(map, { ageT: 2 })).toEqual([]);
		expect(reloads).toEqual([]);
		expect(style._updatedSources).toEqual({ events: 'reload' });
		expect(style._updatedLayers).toEqual({ circle: true });
	});

	it('setGlobalStateOnce() sends only the keys that changed, and nothing when none did', () => {
		const { map, reloads, update } = fakeMap(EVENTS, { eventT: 1, zoneT: 5 });
		expect(setGlobalStateOnce(map, { eventT: 1, zoneT: 5 })).toEqual([]);
		expect(update).not.toHaveBeenCalled();
		expect(setGlobalStateOnce(map, { eventT: 1, zoneT: 6 })).toEqual(['zones']);
		expect(reloads).toEqual(['zones']);
		expect(update).toHaveBeenCalledWith(true);
	});

	it('setGlobalStateOnce() sets key by key where MapLibre has no one-step change', () => {
		const { map, style, setGlobalStateProperty } = fakeMap(EVENTS);
		(style as { _setGlobalStateValues?: unknown })._setGlobalStateValues = undefined;
		expect(setGlobalStateOnce(map, { eventT: 1, ageT: 2 })).toEqual([]);
		expect(setGlobalStateProperty.mock.calls).toEqual([
			['eventT', 1],
			['ageT', 2]
		]);
	});
});
