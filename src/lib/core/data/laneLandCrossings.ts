/**
 * MARNET lane edges that cross land on our basemap, each with why it is drawn anyway. MARNET
 * (`marnet_plus_20km`) is a routing graph generalised to about 20 km: near a coast its straight
 * edges cut across headlands and small islands that ships sail around. The edges are drawn
 * unchanged (their geometry is the source's, and the lane lengths in the analysis describe the
 * graph); over land an edge stands for the route round that coast. `tests/unit/core/data/
 * laneLandCrossings.test.ts` recomputes the crossings on `data/basemap/land.geojson` and fails
 * on any crossing not listed here, and on any entry that no longer crosses.
 */
export const LANE_LAND_CROSSINGS: Readonly<Record<string, string>> = {
	'marnet-19658':
		'Crosses the southern tip of Taiwan (the Hengchun peninsula west of Eluanbi) for about 11 km: the graph edge cuts the corner that ships round south of Eluanbi.',
	'marnet-27790':
		'Crosses Lanyu (Orchid Island) for about 3 km: the graph edge cuts across the island that ships pass.',
	'marnet-15330':
		'Runs along the Fujian coast north of the strait and over the islands off it (Pingtan and others) for about 36 km in several stretches: the graph follows the coast more loosely than the basemap.',
	'marnet-13051':
		'Runs along the Zhejiang coast and over its islands for about 41 km in several stretches, north of the map area of the crisis: the graph follows the coast more loosely than the basemap.',
	'marnet-11909':
		'Crosses Iriomote (Yaeyama Islands, Japan) for about 17 km: the graph edge cuts across the island that ships pass.',
	'marnet-27216':
		'Crosses the edge of a Philippine island north of Luzon (about 121.94°E 19.0°N) for about 1 km.',
	'marnet-29197': 'Cuts the Zhejiang coast (about 121.08°E 27.45°N) for about 1 km.',
	'marnet-1773': 'Cuts the China coast at about 117.29°E 23.27°N for about 1 km.',
	'marnet-6636':
		'Crosses land at the mouth of Keelung harbour for about 1 km on its way into the port: the harbour mouth is narrower than what the graph and the simplified basemap resolve.',
	'marnet-12850': 'Crosses the west coast of Xiamen island (about 118.06°E 24.45°N) for about 2 km.'
};
