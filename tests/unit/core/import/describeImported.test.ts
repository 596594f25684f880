import { describe, expect, it } from 'vitest';
import { describeImported } from '../../../../src/lib/core/import/describeImported';
import { laterEn as en } from '../../../../src/lib/core/i18n/messages/later/en';
import { messages as ja } from '../../../../src/lib/core/i18n/messages/later/ja';

const EN = { lang: 'en' as const, m: en };

describe('describeImported', () => {
	it('describeImported() titles a point with its name column and lists the other columns', () => {
		const d = describeImported(
			'sightings',
			{ name: 'Vessel A', type: 'ship', latitude: 24.5 },
			0,
			'name',
			EN
		);
		expect(d.title).toBe('Vessel A');
		expect(d.kind).toBe('Your data: sightings');
		expect(d.rows).toEqual([
			{ label: 'type', value: 'ship' },
			{ label: 'latitude', value: '24.5' }
		]);
		expect(d.sources).toEqual([]);
	});

	it('describeImported() numbers a point that has no name from 1', () => {
		expect(describeImported('x', { latitude: 1 }, 4, null, EN).title).toBe('point 5');
	});

	it('describeImported() writes its words in the language given', () => {
		const d = describeImported('x', { latitude: 1 }, 0, null, { lang: 'ja', m: ja });
		expect(d.kind).toBe('あなたのデータ：x');
		expect(d.precisionText).toBe(ja.precisionImported);
	});
});
