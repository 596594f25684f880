import { describe, expect, it } from 'vitest';
import type { ImportedDataset } from '../../../../src/lib/core/import/ImportedDataset';
import { openProject, saveProject } from '../../../../src/lib/core/import/projectFile';
import type { RowError } from '../../../../src/lib/core/import/types';
import { inEnglish } from './helpers';

const ERROR: RowError = {
	where: { kind: 'row', n: 3 },
	column: 'lat',
	code: 'notBetween',
	params: { value: '200', limit: 90 }
};

/** The row errors a project text opens with (none when it does not open). */
function openedErrors(text: string): RowError[] {
	const opened = openProject(text);
	return opened.ok ? opened.project.imports[0]!.errors : [];
}

/** A project text whose dataset's errors are saved as given (e.g. as older versions wrote them). */
function withSavedErrors(errors: unknown[]): string {
	const json = JSON.parse(saveProject({ view: {}, imports: [DATASET] }));
	json.imports[0].errors = errors;
	return JSON.stringify(json);
}

const DATASET: ImportedDataset = {
	id: 'import-abc123',
	name: 'Sightings',
	format: 'csv',
	colour: '#0072b2',
	colourByCategory: false,
	visible: true,
	mapping: { lat: 'lat', lon: 'lon', time: 'time', end: null, category: null, name: null },
	timeZone: 'Asia/Taipei',
	points: {
		count: 2,
		lon: new Float64Array([119.8, 121.9]),
		lat: new Float64Array([24.5, 25.1]),
		start: new Float64Array([1767052800000, Number.NaN]),
		end: new Float64Array([Number.NaN, Number.NaN]),
		category: new Int32Array([-1, -1]),
		categories: [],
		names: null,
		properties: { columns: [], values: [] }
	},
	shapes: [],
	errors: [],
	errorCount: 0,
	total: 2,
	importedAt: 0
};

describe('saveProject', () => {
	it('saveProject() and openProject() keep the view and every typed array', () => {
		const text = saveProject({ view: { hash: '#t=2025-12-30T00:00:00Z' }, imports: [DATASET] });
		const opened = openProject(text);
		if (!opened.ok) throw new Error(opened.errors.join('; '));
		expect(opened.project.view).toEqual({ hash: '#t=2025-12-30T00:00:00Z' });
		const p = opened.project.imports[0]!.points;
		expect([...p.lat]).toEqual([24.5, 25.1]);
		expect(p.start[0]).toBe(1767052800000);
		expect(p.start[1]).toBeNaN();
	});
});

describe('openProject', () => {
	it('openProject() reads back row errors as data', () => {
		const text = saveProject({ view: {}, imports: [{ ...DATASET, errors: [ERROR] }] });
		expect(openedErrors(text)).toEqual([ERROR]);
	});

	it('openProject() opens the English row errors of an older project file, as they read then', () => {
		const old = { where: 'row 3', column: 'lat', message: '200 is not between -90 and 90' };
		expect(inEnglish(openedErrors(withSavedErrors([old])))).toEqual([
			'row 3, column lat: 200 is not between -90 and 90'
		]);
	});

	it('openProject() keeps an older row error as words of its own, with its place as data', () => {
		const old = { where: 'feature 12', message: 'no geometry' };
		expect(openedErrors(withSavedErrors([old]))).toEqual([
			{ where: { kind: 'feature', n: 12 }, code: 'text', params: { text: 'no geometry' } }
		]);
	});

	it('openProject() refuses a row error with a code the app does not know', () => {
		const opened = openProject(withSavedErrors([{ ...ERROR, code: 'mystery' }]));
		expect(opened.ok).toBe(false);
	});

	it('openProject() names the field of a bad value', () => {
		const text = saveProject({ view: {}, imports: [DATASET] }).replace('#0072b2', 'blue');
		const opened = openProject(text);
		expect(opened.ok).toBe(false);
		expect(!opened.ok && opened.errors[0]).toMatch(/^imports\.0\.colour: /);
	});

	it('openProject() refuses a file that is not JSON, saying so', () => {
		const opened = openProject('{not json');
		expect(!opened.ok && opened.errors[0]).toMatch(/^not a project file: /);
	});

	it('openProject() refuses arrays whose length differs from the count', () => {
		const text = saveProject({
			view: {},
			imports: [{ ...DATASET, points: { ...DATASET.points, count: 3 } }]
		});
		const opened = openProject(text);
		expect(!opened.ok && opened.errors).toContain('imports.0.points.lon: must hold 3 numbers');
	});
});
