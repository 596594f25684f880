import { describe, expect, it } from 'vitest';
import { importErrorsEn as en } from '../../../../src/lib/core/i18n/messages/importErrors/en';
import { ImportFailure } from '../../../../src/lib/core/import/ImportFailure';

describe('ImportFailure', () => {
	it('new ImportFailure() keeps its reason as data and says it in the words given', () => {
		const failure = new ImportFailure({ code: 'notUtf8', params: { line: 3, byte: 41 } }, en);
		expect([failure.reason.code, failure.message]).toEqual([
			'notUtf8',
			'the file is not UTF-8 text (line 3, byte 41): save it as UTF-8, or choose its encoding (for example Big5)'
		]);
	});

	it('new ImportFailure() without words has the code as its message', () => {
		expect(new ImportFailure({ code: 'unknownFormat', params: {} }).message).toBe('unknownFormat');
	});
});
