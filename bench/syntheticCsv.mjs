// A synthetic CSV of points for the import benchmark: lat, lon, time, category, made up (not
// data about any real event), deterministic so runs compare.

/**
 * A CSV text of `rows` points spread over the Taiwan Strait area (21–27°N, 116–124°E) and over
 * the story's span (2025-11-06 to 2026-01-05, ISO 8601 UTC), in four categories, from a seeded
 * generator so every run gets the same file.
 * @param {number} rows
 * @returns {string}
 */
export function syntheticCsv(rows) {
	let seed = 12345;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const t0 = Date.parse('2025-11-06T00:00:00Z');
	const span = Date.parse('2026-01-05T00:00:00Z') - t0;
	const categories = ['ship', 'aircraft', 'drone', 'balloon'];
	const lines = ['lat,lon,time,category'];
	for (let i = 0; i < rows; i++) {
		const lat = (21 + random() * 6).toFixed(5);
		const lon = (116 + random() * 8).toFixed(5);
		const time = new Date(t0 + Math.floor(random() * span)).toISOString();
		lines.push(`${lat},${lon},${time},${categories[i % 4]}`);
	}
	return lines.join('\n');
}
