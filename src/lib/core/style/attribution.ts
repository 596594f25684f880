/** One data source and licence credited on the map and on every export. */
export interface Credit {
	/** Which layer it covers. */
	layer: string;
	/** Short text shown in the attribution line. */
	text: string;
	/** Licence name. */
	licence: string;
	/** Where the data and its licence are described. */
	url: string;
}

/** Every source whose licence requires credit, in the order the attribution line shows them. */
export const CREDITS: readonly Credit[] = [
	{
		layer: 'basemap',
		text: '© OpenStreetMap contributors',
		licence: 'ODbL',
		url: 'https://www.openstreetmap.org/copyright'
	},
	{
		layer: 'basemap-world',
		text: 'Natural Earth',
		licence: 'public domain',
		url: 'https://www.naturalearthdata.com/about/terms-of-use/'
	},
	{
		layer: 'shipping-lanes',
		text: 'Eurostat SeaRoute MARNET',
		licence: 'EUPL-1.2',
		url: 'https://github.com/eurostat/searoute'
	},
	{
		layer: 'places',
		text: 'World Port Index (NGA Pub. 150)',
		licence: 'public domain',
		url: 'https://msi.nga.mil/Publications/WPI'
	},
	{
		layer: 'drill-zones',
		text: 'Zone corners: PLA Eastern Theater Command notices via Xinhua',
		licence: 'facts, cited',
		url: 'https://hk.crntt.com/doc/1071/5/5/9/107155941.html'
	}
];

/** The plain-text attribution line, for exports and screen readers. */
export function attributionText(credits: readonly Credit[] = CREDITS): string {
	return credits.map((c) => `${c.text} (${c.licence})`).join(' · ');
}

/**
 * The attribution HTML MapLibre shows for one credit. Built only from the constants above, never
 * from data files, so no data text is ever inserted as HTML.
 */
export function attributionHtml(credit: Credit): string {
	return `<a href="${credit.url}" target="_blank" rel="noopener noreferrer">${credit.text}</a> (${credit.licence})`;
}
