import { describe, expect, it } from 'vitest';
import { Imports, type ImportBackend } from '../../../src/lib/state/Imports.svelte';
import { importErrorsEn as en } from '../../../src/lib/core/i18n/messages/importErrors/en';
import { ImportFailure } from '../../../src/lib/core/import/ImportFailure';
import { fakeBackend } from './fakeImportBackend';

const CSV = 'lat,lon,time,type\n24.5,119.8,2025-12-29,ship\n200,119.8,2025-12-29,ship\n';

describe('Imports', () => {
	it('importData() resolves to the id, the feature count and the row errors', async () => {
		const imports = new Imports(fakeBackend().backend);
		const r = await imports.importData(CSV, { name: 'Sightings' });
		expect([r.id.startsWith('import-'), r.features, r.errors.length]).toEqual([true, 1, 1]);
	});

	it('importData() adds the dataset under its name', async () => {
		const imports = new Imports(fakeBackend().backend);
		await imports.importData(CSV, { name: 'Sightings' });
		expect(imports.layers.map((l) => l.name)).toEqual(['Sightings']);
	});

	it('importData() adds nothing when no row is usable', async () => {
		const imports = new Imports(fakeBackend().backend);
		const r = await imports.importData('lat,lon\n200,0\n');
		expect([r.id, r.features, imports.layers.length]).toEqual(['', 0, 0]);
	});

	it('restore() brings back what was stored', async () => {
		const { backend } = fakeBackend();
		await new Imports(backend).importData(CSV, { name: 'Kept' });
		const reloaded = new Imports(backend);
		await reloaded.restore();
		expect(reloaded.layers.map((l) => l.name)).toEqual(['Kept']);
	});

	it('add() says so when storing fails and keeps the data for the session', async () => {
		const imports = new Imports(fakeBackend('full').backend);
		await imports.importData(CSV);
		expect([imports.layers.length, imports.storage]).toEqual([
			1,
			{ when: 'save', problem: 'full' }
		]);
	});

	it('remove() drops the dataset from the list and the store', async () => {
		const { backend, stored } = fakeBackend();
		const imports = new Imports(backend);
		const { id } = await imports.importData(CSV);
		await imports.remove(id);
		expect([imports.layers.length, stored.size]).toEqual([0, 0]);
	});

	it('rename() trims the name and refuses an empty one', async () => {
		const imports = new Imports(fakeBackend().backend);
		const { id } = await imports.importData(CSV, { name: 'a' });
		imports.rename(id, '  Coast   guard  ');
		imports.rename(id, '   ');
		expect(imports.find(id)?.name).toBe('Coast guard');
	});

	it('setColour() takes #rrggbb and refuses anything else', async () => {
		const imports = new Imports(fakeBackend().backend);
		const { id } = await imports.importData(CSV);
		imports.setColour(id, '#AA0000');
		imports.setColour(id, 'red; background:url(x)');
		expect(imports.find(id)?.colour).toBe('#aa0000');
	});

	it('errorsCsv() lists the row errors of a dataset', async () => {
		const imports = new Imports(fakeBackend().backend);
		const { id } = await imports.importData(CSV);
		expect((await imports.errorsCsv(id, en)).split('\r\n')[1]).toBe(
			'row 3,lat,200 is not between -90 and 90'
		);
	});

	it('open() guesses the mapping and confirm() imports with the chosen zone', async () => {
		const imports = new Imports(fakeBackend().backend);
		await imports.open('lat,lon,when\n24,120,2025-12-29 08:00\n', { name: 'x.csv' });
		imports.setTimeZone('UTC');
		const layer = await imports.confirm();
		expect(layer?.points.start[0]).toBe(Date.UTC(2025, 11, 29, 8));
	});

	it('open() keeps why a file cannot be read as data, for the page to word', async () => {
		const { backend } = fakeBackend();
		const reason = { code: 'notUtf8', params: { line: 1, byte: 1 } } as const;
		const failing: ImportBackend = {
			...backend,
			preview: () => ({ promise: Promise.reject(new ImportFailure(reason)), cancel() {} })
		};
		const imports = new Imports(failing);
		await imports.open('x', { name: 'big5.csv' });
		expect(imports.pending?.failure).toEqual(reason);
	});

	it('open() keeps an unexpected failure’s own words', async () => {
		const { backend } = fakeBackend();
		const failing: ImportBackend = {
			...backend,
			preview: () => ({ promise: Promise.reject(new Error('worker crashed')), cancel() {} })
		};
		const imports = new Imports(failing);
		await imports.open('x', { name: 'x.csv' });
		expect(imports.pending?.failure).toEqual({ code: 'text', params: { text: 'worker crashed' } });
	});

	it('confirm() of a file with no usable row fails with nothingImported', async () => {
		const imports = new Imports(fakeBackend().backend);
		await imports.open('lat,lon\n200,0\n', { name: 'x.csv' });
		await imports.confirm();
		expect(imports.pending?.failure).toEqual({ code: 'nothingImported', params: {} });
	});

	it('canConfirm is false until CSV latitude and longitude are chosen', async () => {
		const imports = new Imports(fakeBackend().backend);
		await imports.open('a,b\n24,120\n', { name: 'x.csv' });
		const before = imports.canConfirm;
		imports.setMapping('lat', 'a');
		imports.setMapping('lon', 'b');
		expect([before, imports.canConfirm]).toEqual([false, true]);
	});

	it('features() gives the points drawn up to a time as GeoJSON with their properties', async () => {
		const imports = new Imports(fakeBackend().backend);
		const { id } = await imports.importData(
			'lat,lon,time,name\n24,120,2025-12-29,a\n25,121,2026-01-05,b\n'
		);
		const names = imports.features(id, Date.UTC(2025, 11, 31)).map((f) => f.properties?.name);
		expect(names).toEqual(['a']);
	});

	it('openProjectText() brings back the datasets projectText() saved, with the view', async () => {
		const saved = new Imports(fakeBackend().backend);
		await saved.importData(CSV, { name: 'Sightings' });
		const text = saved.projectText({ hash: '#t=2025-12-30T00:00:00Z' });
		const opened = new Imports(fakeBackend().backend);
		const r = await opened.openProjectText(text);
		expect(r).toEqual({ ok: true, view: { hash: '#t=2025-12-30T00:00:00Z' }, added: 1 });
		expect(opened.layers.map((l) => [l.name, l.points.count, l.points.lat[0]])).toEqual([
			['Sightings', 1, 24.5]
		]);
	});

	it('openProjectText() of a broken file adds nothing and names the field', async () => {
		const imports = new Imports(fakeBackend().backend);
		await imports.importData(CSV, { name: 'Sightings' });
		const text = imports.projectText({});
		const broken = text.replace(/"colour":"#[0-9a-f]{6}"/, '"colour":"red"');
		const r = await imports.openProjectText(broken);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.errors[0]).toMatch(/^imports\.0\.colour: /);
		expect(imports.layers.map((l) => l.name)).toEqual(['Sightings']);
	});
});
