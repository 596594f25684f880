import { importErrorsEn, type ImportErrorMessages } from '../core/i18n/messages/importErrors/en';
import { Catalogue } from './Catalogue.svelte';

/** The import errors' words; imported only by the import panels, so they load with them. */
export const importErrorCatalogue = new Catalogue<ImportErrorMessages>(importErrorsEn, {
	'zh-Hant': () => import('../core/i18n/messages/importErrors/zh-Hant').then((mod) => mod.messages),
	ja: () => import('../core/i18n/messages/importErrors/ja').then((mod) => mod.messages)
});
