import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../../../src/lib/core/style/buildStyle';

const style = buildStyle({
	basemap: {
		world: 'http://x/w',
		land: 'http://x/l',
		coastline: 'http://x/c',
		borders: 'http://x/b'
	},
	glyphs: 'http://x/{fontstack}/{range}.pbf',
	t: 0
});

/** The paint properties a layer computes per feature: they decide which GPU program it needs. */
function perFeatureProps(layer: (typeof style.layers)[number]): string[] {
	const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
	const spec = (latest as unknown as Record<string, Record<string, unknown>>)[
		`paint_${layer.type}`
	]!;
	return Object.entries(paint)
		.filter(([name, value]) => {
			const parsed = createPropertyExpression(value, name, spec[name] as never, {
				t: 0,
				windowMs: 0,
				compare: false
			});
			return (
				parsed.result === 'success' &&
				parsed.value.kind !== 'constant' &&
				parsed.value.kind !== 'camera'
			);
		})
		.map(([name]) => name)
		.sort();
}

/** The distinct per-feature property sets among the data layers of one type. */
function programSets(type: string, only?: (id: string) => boolean) {
	const layers = style.layers.filter(
		(l) =>
			l.type === type && 'source' in l && !l.id.startsWith('annotations') && (!only || only(l.id))
	);
	return new Set(layers.map((l) => perFeatureProps(l).join(',')));
}

describe('GPU program sharing', () => {
	it('buildStyle() gives every data circle layer the same per-feature properties', () => {
		expect(programSets('circle').size).toBe(1);
	});

	it('buildStyle() gives every line, basemap included, the same per-feature properties', () => {
		expect(programSets('line').size).toBe(1);
	});

	it('buildStyle() gives every fill, basemap included, the same per-feature properties', () => {
		expect(programSets('fill').size).toBe(1);
	});

	it('buildStyle() dashes every line, so solid and dashed lines share the dashed program', () => {
		const lines = style.layers.filter(
			(l) => l.type === 'line' && !l.id.startsWith('annotations')
		) as { id: string; paint?: Record<string, unknown> }[];
		expect(lines.filter((l) => l.paint?.['line-dasharray'] === undefined).map((l) => l.id)).toEqual(
			[]
		);
	});

	it('buildStyle() gives every label layer the same per-feature properties', () => {
		expect(programSets('symbol').size).toBe(1);
	});
});
