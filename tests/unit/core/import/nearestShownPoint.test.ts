import { describe, expect, it } from 'vitest';
import { nearestShownPoint } from '../../../../src/lib/core/import/nearestShownPoint';
import { pointBuffers } from '../../../../src/lib/core/import/pointBuffers';

const points = {
	count: 3,
	lon: new Float64Array([120, 120.001, 121]),
	lat: new Float64Array([24, 24, 24]),
	start: new Float64Array([10, 20, 30]),
	end: new Float64Array([NaN, NaN, NaN]),
	category: new Int32Array([0, 0, 0])
};
const buffers = pointBuffers(points);
const at = (i: number): [number, number] => [
	buffers.vertices[i * 5]!,
	buffers.vertices[i * 5 + 1]!
];

describe('nearestShownPoint', () => {
	it('nearestShownPoint finds the point under a position', () => {
		expect(nearestShownPoint(buffers, points, at(2), 1e-6, 100, 0)).toBe(2);
	});

	it('nearestShownPoint skips a point not yet drawn at t', () => {
		expect(nearestShownPoint(buffers, points, at(1), 1e-4, 15, 0)).toBe(0);
	});

	it('nearestShownPoint gives null when nothing drawn is within the radius', () => {
		expect(nearestShownPoint(buffers, points, [0.1, 0.1], 1e-4, 100, 0)).toBeNull();
	});
});
