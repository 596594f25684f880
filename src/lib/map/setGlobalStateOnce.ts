import type { Map as MlMap } from 'maplibre-gl';

/** What this reads of a MapLibre style layer. */
interface StateLayer {
	source?: string;
	getLayoutAffectingGlobalStateRefs(): Set<string>;
}

/** The private part of MapLibre's style one global-state step touches. */
interface StateStyle {
	_layers: Record<string, StateLayer>;
	/** Sources to lay out again at the next frame ('reload'), and layers to send the worker. */
	_updatedSources: Record<string, string>;
	_updatedLayers: Record<string, boolean>;
	/** MapLibre's own multi-key change (what `setGlobalState` uses): one pass, one message. */
	_setGlobalStateValues(values: Record<string, unknown>): void;
	_reloadSource(id: string): void;
}

/** Whether this MapLibre has the private parts a one-step change needs. */
function hasStep(style: Partial<StateStyle> | undefined): style is StateStyle {
	return (
		!!style &&
		typeof style._setGlobalStateValues === 'function' &&
		typeof style._reloadSource === 'function' &&
		!!style._updatedSources &&
		!!style._updatedLayers &&
		!!style._layers
	);
}

/**
 * Sets the keys of `values` that differ from the map's global state in one step, each source
 * that reads them laid out again once, now; returns those sources. MapLibre's per-key
 * `setGlobalStateProperty` reloads a source at once for a key its filter reads, and again at the
 * next frame for a key its data-driven paint reads (the events' filter reads `eventT`, their
 * size and opacity `ageT`): two layouts of each tile and a frame drawn between them. Its
 * worker's layers read the global state it is sent, which goes before the reload, so the
 * first layout already has the new paint: the second, and the copy of the layer sent with it,
 * are dropped. Falls back to one `setGlobalStateProperty` per key where MapLibre lacks these.
 */
export function setGlobalStateOnce(map: MlMap, values: Record<string, unknown>): string[] {
	const now = map.getGlobalState();
	const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => now[k] !== v));
	const keys = Object.keys(changed);
	if (!keys.length) return [];
	const m = map as unknown as { style?: Partial<StateStyle>; _update(style?: boolean): unknown };
	const style = m.style;
	if (!hasStep(style)) {
		for (const k of keys) map.setGlobalStateProperty(k, changed[k]);
		return [];
	}
	const pendingSources = new Set(Object.keys(style._updatedSources));
	const pendingLayers = new Set(Object.keys(style._updatedLayers));
	const reloaded = new Set<string>();
	for (const layer of Object.values(style._layers)) {
		const refs = layer.getLayoutAffectingGlobalStateRefs();
		if (layer.source && keys.some((k) => refs.has(k))) reloaded.add(layer.source);
	}
	style._setGlobalStateValues(changed);
	for (const [id, action] of Object.entries(style._updatedSources)) {
		if (pendingSources.has(id) || action !== 'reload') continue;
		delete style._updatedSources[id];
		if (!reloaded.has(id)) style._reloadSource(id);
		reloaded.add(id);
	}
	for (const id of Object.keys(style._updatedLayers)) {
		const source = style._layers[id]?.source;
		if (!pendingLayers.has(id) && source && reloaded.has(source)) delete style._updatedLayers[id];
	}
	// What setGlobalStateProperty does after the style's change: a frame, with the style updated.
	m._update(true);
	return [...reloaded];
}
