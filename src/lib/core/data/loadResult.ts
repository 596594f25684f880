import type { FeatureCollection } from 'geojson';
import type { ExercisesFile } from './schema';

/** The data sources the app loads, named as their map sources. */
export type DatasetName = 'drill-zones' | 'shipping-lanes' | 'places' | 'events' | 'reference';

/** One problem found while loading data, as shown to the user. */
export interface LoadIssue {
	file: string;
	message: string;
}

/** The result of loading every data file: what parsed, and what did not. */
export interface LoadResult {
	collections: Partial<Record<DatasetName, FeatureCollection>>;
	/** The catalogue of exercises, including those whose zones were never published. */
	exercises: ExercisesFile | null;
	issues: LoadIssue[];
}
