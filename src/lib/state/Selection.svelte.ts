/** A reference to one feature of one source. */
export interface FeatureRef {
	source: string;
	id: string;
}

/** The feature the user selected, if any, and where it was picked. */
export class Selection {
	current = $state<FeatureRef | null>(null);
	lngLat = $state.raw<[number, number] | null>(null);

	/** Selects a feature, remembering where it was picked (for the popup). */
	select(ref: FeatureRef, lngLat: [number, number] | null = null): void {
		this.current = ref;
		this.lngLat = lngLat;
	}

	/** Clears the selection. */
	clear(): void {
		this.current = null;
		this.lngLat = null;
	}
}
