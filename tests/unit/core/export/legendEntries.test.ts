import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { layerPaint, StyleEval } from '../style/styleEval';
import {
	EXPORT_LEGEND,
	legendEntries,
	legendSymbolsOf
} from '../../../../src/lib/core/export/legendEntries';
import { LAYER } from '../../../../src/lib/core/style/ids';
import { referenceLayers, shippingLaneLayers } from '../../../../src/lib/core/style/layers';

const ALL = ['drill-zones', 'shipping-lanes', 'reference', 'places', 'events'] as const;
const entry = (id: string) => EXPORT_LEGEND.find((e) => e.id === id)!;
const paint = (layers: LayerSpecification[], id: string) =>
	(layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
/** The last branch of a ['case', …] expression (the value when no condition holds). */
const otherwise = (e: unknown) => (e as unknown[]).at(-1);
/** The literal array of a ['literal', [...]] expression. */
const literal = (e: unknown) => (e as [string, number[]])[1];

describe('legendEntries()', () => {
	it('legendEntries() keeps only the rows of the groups shown', () => {
		expect(legendEntries(['events']).every((r) => r.group === 'events')).toBe(true);
	});

	it('legendEntries() leaves out the August 2022 row unless its zones are drawn', () => {
		const ids = (comparing: boolean) => legendEntries(['drill-zones'], comparing).map((r) => r.id);
		expect(ids(false)).not.toContain('zone-aug2022');
		expect(ids(true)).toContain('zone-aug2022');
	});

	it('legendEntries() with the drawn symbols keeps only those', () => {
		const drawn = legendSymbolsOf({ events: [{ category: 'military', precision: 'exact' }] });
		expect(legendEntries([...ALL], false, drawn).map((r) => r.id)).toEqual(['event-military']);
	});

	it('EXPORT_LEGEND gives every dash pattern one meaning', () => {
		const patterns = EXPORT_LEGEND.filter((e) => e.kind === 'line').map((e) =>
			(e.dash ?? []).join(',')
		);
		expect(new Set(patterns).size).toBe(patterns.length);
		expect(EXPORT_LEGEND.some((e) => /dashed/i.test(e.label))).toBe(false);
	});

	it('EXPORT_LEGEND draws each reference line with the width and dash its layer gives it', () => {
		const style = new StyleEval();
		const evaluate = (prop: string, properties: Record<string, unknown>) =>
			style.paint(
				'paint_line',
				prop,
				layerPaint(referenceLayers(), LAYER.referenceLine, prop)
			)(properties);
		const cases: [string, Record<string, unknown>][] = [
			['median-line', { kind: 'median_line' }],
			['secondary-line', { kind: 'adiz', secondary: true }],
			['baseline', { kind: 'baseline' }],
			['territorial-sea-limit', { kind: 'territorial_sea_limit' }],
			['contiguous-zone-limit', { kind: 'contiguous_zone_limit' }]
		];
		for (const [id, properties] of cases) {
			const w = evaluate('line-width', properties) as number;
			const dash = (evaluate('line-dasharray', properties) as number[]).map((d) => d * w);
			expect(entry(id).lineWidth, id).toBe(w);
			expect(entry(id).dash, id).toEqual(dash);
		}
	});

	it('EXPORT_LEGEND draws the shipping lanes with the dash of their layer', () => {
		const p = paint(shippingLaneLayers(), LAYER.lanes);
		const w = otherwise(p['line-width']) as number;
		const dash = literal((p['line-dasharray'] as unknown[])[2]).map((d) => d * w);
		expect(entry('shipping-lane').dash).toEqual(dash);
	});

	it('EXPORT_LEGEND lists the island symbol and the secondary lines the map draws', () => {
		const ids = EXPORT_LEGEND.map((e) => e.id);
		expect(ids).toContain('island');
		expect(ids).toContain('secondary-line');
	});
});

describe('legendSymbolsOf()', () => {
	it('legendSymbolsOf() names the symbols of the features drawn', () => {
		const ids = legendSymbolsOf({
			'drill-zones': [{ exercise: 'jm2025' }],
			reference: [{ secondary: false }, { secondary: true }],
			'shipping-lanes': [{}],
			places: [{ kind: 'island', precision: 'approximate' }]
		});
		expect([...ids].sort()).toEqual(
			[
				'zone-jm2025',
				'median-line',
				'secondary-line',
				'shipping-lane',
				'island',
				'approximate-place'
			].sort()
		);
	});
});
