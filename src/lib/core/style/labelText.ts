import type { ExpressionSpecification } from 'maplibre-gl';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { FONT } from './ids';
import { STATE } from './timeExpressions';

/**
 * The font stack of each language's labels. Chinese and Japanese put Noto Sans first (Latin,
 * for names still in English) and the CJK face second; MapLibre asks for the stack as one name,
 * "Noto Sans Regular,Noto Sans TC Regular", which scripts/build-glyphs.ts writes as a
 * directory of composite glyph ranges.
 */
export const FONT_STACKS: Record<Lang, string[]> = {
	en: [FONT],
	'zh-Hant': [FONT, 'Noto Sans TC Regular'],
	ja: [FONT, 'Noto Sans JP Regular']
};

/** The style's own label words in each language: zone labels and reference-line labels. */
export const LABEL_TEXT: Record<
	Lang,
	{
		exercise: { jm2025: string; aug2022: string };
		/** Text before and after the zone number, e.g. " zone " and "". */
		zone: [string, string];
		reference: {
			median_line: string;
			median_line_variant: string;
			adiz: string;
			baseline: string;
			territorial_sea_limit: string;
			contiguous_zone_limit: string;
		};
	}
> = {
	en: {
		exercise: { jm2025: 'JM2025', aug2022: 'Aug 2022' },
		zone: [' zone ', ''],
		reference: {
			median_line: 'Median line',
			median_line_variant: 'Median line, navy variant (reported)',
			adiz: 'ADIZ (secondary source)',
			baseline: 'Baseline (ROC 1999/2009)',
			territorial_sea_limit: '12 nm',
			contiguous_zone_limit: '24 nm'
		}
	},
	'zh-Hant': {
		exercise: { jm2025: '正義使命-2025', aug2022: '2022年8月' },
		zone: [' 第', '區'],
		reference: {
			median_line: '海峽中線',
			median_line_variant: '海峽中線「海軍」版本（報導）',
			adiz: '防空識別區（二手來源）',
			baseline: '領海基線（1999/2009）',
			territorial_sea_limit: '12浬',
			contiguous_zone_limit: '24浬'
		}
	},
	ja: {
		exercise: { jm2025: '正義使命2025', aug2022: '2022年8月' },
		zone: [' 区域', ''],
		reference: {
			median_line: '中間線',
			median_line_variant: '中間線「海軍」版（報道）',
			adiz: '防空識別圏（二次資料）',
			baseline: '領海基線（1999/2009）',
			territorial_sea_limit: '12海里',
			contiguous_zone_limit: '24海里'
		}
	}
};

/** The global-state key holding the label language (set with setGlobalStateProperty). */
export const LANG_STATE = STATE.lang;

const lang: ExpressionSpecification = ['global-state', LANG_STATE];

/** One expression per language, chosen by the `lang` global state (English otherwise). */
function byLanguage(
	pick: (l: Lang) => ExpressionSpecification | string | string[]
): ExpressionSpecification {
	const wrap = (v: ExpressionSpecification | string | string[]) =>
		(Array.isArray(v) && v.every((s) => typeof s === 'string') ? ['literal', v] : v) as
			ExpressionSpecification | string;
	const others = LANGUAGES.filter((l) => l !== 'en').flatMap((l) => [l, wrap(pick(l))]);
	return ['match', lang, ...others, wrap(pick('en'))] as ExpressionSpecification;
}

/** `text-font` for every label layer: the active language's font stack. */
export function textFont(): ExpressionSpecification {
	return byLanguage((l) => FONT_STACKS[l]);
}

/** A drill zone's label, e.g. "JM2025 zone 3" or "正義使命-2025 第3區", in the active language. */
export function zoneLabelText(): ExpressionSpecification {
	return byLanguage((l) => {
		const t = LABEL_TEXT[l];
		return [
			'concat',
			[
				'match',
				['get', 'exercise'],
				'jm2025',
				t.exercise.jm2025,
				'aug2022',
				t.exercise.aug2022,
				''
			],
			t.zone[0],
			['to-string', ['get', 'zone']],
			t.zone[1]
		];
	});
}

/** A reference line's label by its kind, in the active language. */
export function referenceLabelText(): ExpressionSpecification {
	return byLanguage((l) => {
		const r = LABEL_TEXT[l].reference;
		return [
			'match',
			['get', 'kind'],
			'median_line',
			r.median_line,
			'median_line_variant',
			r.median_line_variant,
			'adiz',
			r.adiz,
			'baseline',
			r.baseline,
			'territorial_sea_limit',
			r.territorial_sea_limit,
			'contiguous_zone_limit',
			r.contiguous_zone_limit,
			''
		];
	});
}

/**
 * Unicode's vertical presentation forms of CJK punctuation (blocks Vertical Forms U+FE10 and CJK
 * Compatibility Forms U+FE30). MapLibre draws line-placed CJK labels upright and swaps in these
 * forms where a line runs steeply, so their glyphs must be served too.
 */
const VERTICAL_FORMS: Record<string, string> = {
	'，': '\uFE10',
	'、': '\uFE11',
	'。': '\uFE12',
	'：': '\uFE13',
	'；': '\uFE14',
	'！': '\uFE15',
	'？': '\uFE16',
	'…': '\uFE19',
	'—': '\uFE31',
	'–': '\uFE32',
	'（': '\uFE35',
	'）': '\uFE36',
	'【': '\uFE3B',
	'】': '\uFE3C',
	'《': '\uFE3D',
	'》': '\uFE3E',
	'「': '\uFE41',
	'」': '\uFE42',
	'『': '\uFE43',
	'』': '\uFE44'
};

/** The vertical forms of the punctuation in a text (see VERTICAL_FORMS), for line labels. */
export function verticalForms(text: string): string {
	return [...text].map((ch) => VERTICAL_FORMS[ch] ?? '').join('');
}

/**
 * Every character the style's own labels can draw in a language (zone and reference labels,
 * the measuring tool's numbers and units), for the glyph subset and its coverage test.
 */
export function fixedLabelCharacters(l: Lang): string {
	const t = LABEL_TEXT[l];
	return [
		...Object.values(t.exercise),
		...t.zone,
		...Object.values(t.reference),
		// Reference labels run along lines: in Chinese and Japanese they may turn vertical.
		l === 'en' ? '' : verticalForms(Object.values(t.reference).join('')),
		'0123456789 .,-–°AB km nm'
	].join('');
}
