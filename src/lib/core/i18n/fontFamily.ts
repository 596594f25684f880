import type { Lang } from './languages';

const CJK_FAMILY: Record<Lang, string | null> = {
	en: null,
	'zh-Hant': 'Noto Sans TC',
	ja: 'Noto Sans JP'
};

/**
 * The CSS font family list for text in a language, bundled fonts only: Noto Sans first (Latin,
 * digits), then the language's CJK face. For the interface and the export's canvas overlays.
 * @example fontFamily('ja') // '"Noto Sans", "Noto Sans JP", sans-serif'
 */
export function fontFamily(lang: Lang): string {
	const cjk = CJK_FAMILY[lang];
	return cjk ? `"Noto Sans", "${cjk}", sans-serif` : '"Noto Sans", sans-serif';
}
