import { LAYER_GROUPS, type LayerGroup } from '../core/style/ids';

/** Which data layer groups are switched on. All start on. */
export class Layers {
	visible = $state<Record<LayerGroup, boolean>>(
		Object.fromEntries(LAYER_GROUPS.map((g) => [g, true])) as Record<LayerGroup, boolean>
	);

	/** The groups switched on, in legend order. */
	get on(): LayerGroup[] {
		return LAYER_GROUPS.filter((g) => this.visible[g]);
	}

	/** Switches one group on or off. */
	toggle(group: LayerGroup): void {
		this.visible[group] = !this.visible[group];
	}

	/** Switches on exactly the given groups. */
	setOn(groups: readonly LayerGroup[]): void {
		for (const g of LAYER_GROUPS) this.visible[g] = groups.includes(g);
	}
}
