import { PbfReader as Pbf } from 'pbf';

/** The code points a glyph protobuf (MapLibre's glyphs format) holds. */
export function glyphIds(buffer: Uint8Array): number[] {
	const ids: number[] = [];
	const glyph = (tag: number, _: unknown, pbf: Pbf) => {
		if (tag === 1) ids.push(pbf.readVarint());
	};
	const stack = (tag: number, _: unknown, pbf: Pbf) => {
		if (tag === 3) pbf.readMessage(glyph, null);
	};
	new Pbf(buffer).readFields((tag, _, pbf) => {
		if (tag === 1) pbf.readMessage(stack, null);
	}, null);
	return ids;
}
