import type { Lang } from '../i18n/languages';
import type { ExportMessages } from '../i18n/messages/export/en';
import { timeStampTextIn } from '../time/formatTimeIn';
import type { OverlayWords } from './overlayLayout';

/** The export catalogue's key for each legend symbol id. */
const LABEL_KEYS = {
	'zone-jm2025': 'legend_zone_jm2025',
	'zone-aug2022': 'legend_zone_aug2022',
	'median-line': 'legend_median_line',
	'secondary-line': 'legend_secondary_line',
	baseline: 'legend_baseline',
	'territorial-sea-limit': 'legend_territorial_sea_limit',
	'contiguous-zone-limit': 'legend_contiguous_zone_limit',
	'shipping-lane': 'legend_shipping_lane',
	'event-military': 'legend_event_military',
	'event-diplomatic': 'legend_event_diplomatic',
	'event-economic': 'legend_event_economic',
	'approximate-place': 'legend_approximate_place',
	capital: 'legend_capital',
	port: 'legend_port',
	island: 'legend_island'
} as const satisfies Record<string, keyof ExportMessages>;

/**
 * The words an export draws in a language (legend heading and labels, the "Data" credit, the
 * time stamp), from the Export dialog's catalogue in that language.
 * @example overlayWords('ja', exportJa).legend // "凡例"
 */
export function overlayWords(lang: Lang, messages: ExportMessages): OverlayWords {
	const labels: Partial<Record<string, string>> = {};
	for (const [id, key] of Object.entries(LABEL_KEYS)) labels[id] = messages[key];
	return {
		legend: messages.legendHeading,
		data: messages.dataCredit,
		timeStamp: (t) => timeStampTextIn(lang, t),
		labels
	};
}
