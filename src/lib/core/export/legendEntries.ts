import type { LayerGroup } from '../style/ids';
import { PALETTE } from '../style/palette';

/** One legend row: a symbol drawn as the map draws it, and its label. */
export interface LegendEntry {
	/** A stable id for the symbol (tests and the panel use it). */
	id: string;
	/** The layer group it explains; the row is left out when that group is hidden. */
	group: LayerGroup;
	/** 'halo' is a dot inside the soft halo of an approximate location. */
	kind: 'area' | 'line' | 'dot' | 'ring' | 'halo';
	color: string;
	/**
	 * Dash pattern in CSS pixels, as the map draws it: MapLibre counts `line-dasharray` in line
	 * widths, so this is the style's dash times `lineWidth`. No dash: a solid line.
	 */
	dash?: readonly number[];
	/** Line (or outline) width in CSS pixels, as on the map. */
	lineWidth?: number;
	label: string;
	/** Shown only while the comparison exercise is drawn. */
	onlyWhenComparing?: boolean;
}

/** A style dash (in line widths) as CSS pixels at a line width. */
const dashPx = (dash: readonly number[], width: number) => dash.map((d) => d * width);

/**
 * Every symbol the map draws, in legend order, each with the colour, width and dash of its
 * style layer (src/lib/core/style/layers.ts): one meaning per dash. Solid zone outlines (every
 * zone has published corners), long dashes for the median line, short dashes for the shipping
 * lanes (a routing network), dots for lines from a secondary source (ADIZ, navy median line), and
 * Taiwan's baselines and 12/24 nm lines in their own green with dashes of their own.
 */
export const EXPORT_LEGEND: readonly LegendEntry[] = [
	{
		id: 'zone-jm2025',
		group: 'drill-zones',
		kind: 'area',
		color: PALETTE.exercise.jm2025,
		lineWidth: 2.4,
		label: 'Justice Mission 2025 zone'
	},
	{
		id: 'zone-aug2022',
		group: 'drill-zones',
		kind: 'area',
		color: PALETTE.exercise.aug2022,
		lineWidth: 1.6,
		label: 'August 2022 zone',
		onlyWhenComparing: true
	},
	{
		id: 'median-line',
		group: 'reference',
		kind: 'line',
		color: PALETTE.reference,
		dash: dashPx([6, 3], 1.6),
		lineWidth: 1.6,
		label: 'Median line'
	},
	{
		id: 'secondary-line',
		group: 'reference',
		kind: 'line',
		color: PALETTE.referenceSecondary,
		dash: dashPx([1, 2.5], 1.1),
		lineWidth: 1.1,
		label: 'ADIZ, navy median line (secondary source)'
	},
	{
		id: 'baseline',
		group: 'reference',
		kind: 'line',
		color: PALETTE.maritime,
		dash: dashPx([3, 1.5], 1.2),
		lineWidth: 1.2,
		label: "Taiwan's baselines (approximate)"
	},
	{
		id: 'territorial-sea-limit',
		group: 'reference',
		kind: 'line',
		color: PALETTE.maritime,
		dash: dashPx([8, 3], 1.4),
		lineWidth: 1.4,
		label: '12 nm line (approximate)'
	},
	{
		id: 'contiguous-zone-limit',
		group: 'reference',
		kind: 'line',
		color: PALETTE.maritime,
		dash: dashPx([1.5, 2], 1.2),
		lineWidth: 1.2,
		label: '24 nm line (approximate)'
	},
	{
		id: 'shipping-lane',
		group: 'shipping-lanes',
		kind: 'line',
		color: PALETTE.lane,
		dash: dashPx([2, 2], 1.1),
		lineWidth: 1.1,
		label: 'Shipping lane (routing network)'
	},
	{
		id: 'event-military',
		group: 'events',
		kind: 'dot',
		color: PALETTE.category.military,
		label: 'Military event'
	},
	{
		id: 'event-diplomatic',
		group: 'events',
		kind: 'dot',
		color: PALETTE.category.diplomatic,
		label: 'Diplomatic event'
	},
	{
		id: 'event-economic',
		group: 'events',
		kind: 'dot',
		color: PALETTE.category.economic,
		label: 'Economic event'
	},
	{
		id: 'approximate-place',
		group: 'events',
		kind: 'halo',
		color: PALETTE.category.diplomatic,
		label: 'Soft halo: approximate location'
	},
	{ id: 'capital', group: 'places', kind: 'ring', color: PALETTE.place.capital, label: 'Capital' },
	{ id: 'port', group: 'places', kind: 'dot', color: PALETTE.place.port, label: 'Port' },
	{
		id: 'island',
		group: 'places',
		kind: 'dot',
		color: PALETTE.place.island,
		label: 'Island group'
	}
];

/**
 * The legend rows for the layer groups that are shown, in legend order; the comparison
 * exercise's row only while it is drawn. With `drawn` (the ids of the symbols actually in the
 * picture, see legendSymbolsOf) only those rows are kept, so the legend lists exactly what is drawn.
 */
export function legendEntries(
	visible: readonly LayerGroup[],
	comparing = false,
	drawn?: ReadonlySet<string>
): LegendEntry[] {
	return EXPORT_LEGEND.filter(
		(e) =>
			visible.includes(e.group) &&
			(comparing || !e.onlyWhenComparing) &&
			(drawn === undefined || drawn.has(e.id))
	);
}

/** The properties legendSymbolsOf reads, by source. */
export interface DrawnFeatures {
	'drill-zones'?: readonly { exercise?: unknown }[];
	reference?: readonly { kind?: unknown; secondary?: unknown }[];
	'shipping-lanes'?: readonly unknown[];
	events?: readonly { category?: unknown; precision?: unknown }[];
	places?: readonly { kind?: unknown; precision?: unknown }[];
}

/**
 * The ids of the legend symbols that some drawn features use (their properties, by source: the
 * features at the export's time, e.g. from featuresAtTime).
 */
export function legendSymbolsOf(drawn: DrawnFeatures): Set<string> {
	const ids = new Set<string>();
	for (const z of drawn['drill-zones'] ?? []) ids.add(`zone-${String(z.exercise)}`);
	const maritime: Record<string, string> = {
		baseline: 'baseline',
		territorial_sea_limit: 'territorial-sea-limit',
		contiguous_zone_limit: 'contiguous-zone-limit'
	};
	for (const r of drawn.reference ?? []) {
		const kind = typeof r.kind === 'string' ? maritime[r.kind] : undefined;
		ids.add(kind ?? (r.secondary ? 'secondary-line' : 'median-line'));
	}
	if (drawn['shipping-lanes']?.length) ids.add('shipping-lane');
	for (const e of drawn.events ?? []) {
		ids.add(`event-${String(e.category)}`);
		if (e.precision === 'approximate') ids.add('approximate-place');
	}
	for (const p of drawn.places ?? []) {
		ids.add(p.kind === 'capital' ? 'capital' : p.kind === 'port' ? 'port' : 'island');
		if (p.precision === 'approximate') ids.add('approximate-place');
	}
	return ids;
}
