import type { Lang } from './languages';

/** A language's CJK faces: the interface subset first, then Fontsource's whole face. */
interface CjkFamilies {
	/** The subset of exactly the characters the interface writes (`npm run ui-fonts`). */
	subset: string;
	/** The whole face in unicode-range slices, for text the subset lacks (imported, typed). */
	full: string;
}

const CJK_FAMILIES: Record<Lang, CjkFamilies | null> = {
	en: null,
	'zh-Hant': { subset: 'Noto Sans TC UI', full: 'Noto Sans TC' },
	ja: { subset: 'Noto Sans JP UI', full: 'Noto Sans JP' }
};

/**
 * A language's two bundled CJK families (null for English), e.g. to load the subset's faces
 * apart from the whole face's slices.
 * @example cjkFamilies('ja') // { subset: 'Noto Sans JP UI', full: 'Noto Sans JP' }
 */
export function cjkFamilies(lang: Lang): CjkFamilies | null {
	return CJK_FAMILIES[lang];
}

/**
 * The CSS font family list for text in a language, bundled fonts only: Noto Sans first (Latin,
 * digits), then the language's interface subset, then its whole CJK face (for characters the
 * subset lacks). For the interface and the export's canvas overlays.
 * @example fontFamily('ja') // '"Noto Sans", "Noto Sans JP UI", "Noto Sans JP", sans-serif'
 */
export function fontFamily(lang: Lang): string {
	const cjk = CJK_FAMILIES[lang];
	const families = ['Noto Sans', ...(cjk ? [cjk.subset, cjk.full] : [])];
	return `${families.map((f) => `"${f}"`).join(', ')}, sans-serif`;
}
