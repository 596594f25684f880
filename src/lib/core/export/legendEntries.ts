import type { LayerGroup } from '../style/ids';
import { PALETTE } from '../style/palette';

/** One legend row drawn on an export: a swatch and its label. */
export interface LegendEntry {
	/** The layer group it explains; the row is left out when that group is hidden. */
	group: LayerGroup;
	kind: 'area' | 'line' | 'dot' | 'ring';
	color: string;
	/** Dash pattern in CSS pixels, for lines and area outlines. */
	dash?: readonly number[];
	label: string;
	/** Shown only while the comparison exercise is drawn. */
	onlyWhenComparing?: boolean;
}

/** The export legend: a compact version of the panel's legend, in the same colours. */
export const EXPORT_LEGEND: readonly LegendEntry[] = [
	{
		group: 'drill-zones',
		kind: 'area',
		color: PALETTE.exercise.jm2025,
		label: 'Justice Mission 2025 zone'
	},
	{
		group: 'drill-zones',
		kind: 'area',
		color: PALETTE.exercise.aug2022,
		label: 'August 2022 zone',
		onlyWhenComparing: true
	},
	{
		group: 'drill-zones',
		kind: 'line',
		color: PALETTE.text,
		dash: [4, 4],
		label: 'Dashed: approximate'
	},
	{
		group: 'reference',
		kind: 'line',
		color: PALETTE.reference,
		dash: [8, 4],
		label: 'Median line'
	},
	{
		group: 'reference',
		kind: 'line',
		color: PALETTE.maritime,
		dash: [3, 1.5],
		label: "Taiwan's baselines (approximate)"
	},
	{
		group: 'reference',
		kind: 'line',
		color: PALETTE.maritime,
		dash: [8, 3],
		label: '12 nm line (approximate)'
	},
	{
		group: 'reference',
		kind: 'line',
		color: PALETTE.maritime,
		dash: [1.5, 2],
		label: '24 nm line (approximate)'
	},
	{
		group: 'shipping-lanes',
		kind: 'line',
		color: PALETTE.lane,
		dash: [4, 4],
		label: 'Shipping lane (approximate)'
	},
	{ group: 'events', kind: 'dot', color: PALETTE.category.military, label: 'Military event' },
	{ group: 'events', kind: 'dot', color: PALETTE.category.diplomatic, label: 'Diplomatic event' },
	{ group: 'events', kind: 'dot', color: PALETTE.category.economic, label: 'Economic event' },
	{ group: 'places', kind: 'ring', color: PALETTE.place.capital, label: 'Capital' },
	{ group: 'places', kind: 'dot', color: PALETTE.place.port, label: 'Port' }
];

/**
 * The legend rows for the layer groups that are shown, in legend order; the comparison
 * exercise's row only while it is drawn.
 */
export function legendEntries(visible: readonly LayerGroup[], comparing = false): LegendEntry[] {
	return EXPORT_LEGEND.filter(
		(e) => visible.includes(e.group) && (comparing || !e.onlyWhenComparing)
	);
}
