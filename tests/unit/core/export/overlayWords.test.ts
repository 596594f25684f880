import { describe, expect, it } from 'vitest';
import { EXPORT_LEGEND } from '../../../../src/lib/core/export/legendEntries';
import { overlayWords } from '../../../../src/lib/core/export/overlayWords';
import { exportEn } from '../../../../src/lib/core/i18n/messages/export/en';
import { messages as exportJa } from '../../../../src/lib/core/i18n/messages/export/ja';
import { messages as exportZh } from '../../../../src/lib/core/i18n/messages/export/zh-Hant';

const T = Date.UTC(2025, 11, 30);

describe('overlayWords', () => {
	it('overlayWords() in English gives every legend entry its own label', () => {
		const words = overlayWords('en', exportEn);
		for (const e of EXPORT_LEGEND) expect(words.labels[e.id], e.id).toBe(e.label);
	});

	it('overlayWords() labels every legend entry in zh-Hant and ja', () => {
		for (const [lang, m] of [
			['zh-Hant', exportZh],
			['ja', exportJa]
		] as const) {
			const words = overlayWords(lang, m);
			for (const e of EXPORT_LEGEND) {
				expect(words.labels[e.id], `${lang} ${e.id}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
			}
		}
	});

	it('overlayWords() writes the heading, credit and time stamp in the language', () => {
		const words = overlayWords('ja', exportJa);
		expect(words.legend).toBe('凡例');
		expect(words.data).toBe('データ');
		expect(words.timeStamp(T)).toContain('台北時間');
	});
});
