import type { Feature, FeatureCollection } from 'geojson';
import type { ExercisesFile } from '../core/data/schema';
import type { DatasetName, LoadIssue, LoadResult } from '../core/data/loadResult';

export type { DatasetName, LoadIssue, LoadResult };

/** The validated data the map draws, the loading status and the load errors shown to the user. */
export class Datasets {
	status = $state<'loading' | 'ready'>('loading');
	collections = $state.raw<Partial<Record<DatasetName, FeatureCollection>>>({});
	exercises = $state.raw<ExercisesFile | null>(null);
	issues = $state<LoadIssue[]>([]);

	/** Takes the loader's result: the valid collections and the issues to show. */
	receive(result: LoadResult): void {
		this.collections = result.collections;
		this.exercises = result.exercises;
		this.issues = result.issues;
		this.status = 'ready';
	}

	/** Dismisses one shown issue. */
	dismiss(index: number): void {
		this.issues.splice(index, 1);
	}

	/** Finds a feature by source and id. */
	find(source: string, id: string): Feature | undefined {
		const fc = this.collections[source as DatasetName];
		return fc?.features.find((f) => f.properties?.id === id);
	}
}
