import { exportEn, type ExportMessages } from '../core/i18n/messages/export/en';
import { Catalogue } from './Catalogue.svelte';

/** The Export dialog's messages; imported only by the dialog, so they load with its chunk. */
export const exportCatalogue = new Catalogue<ExportMessages>(exportEn, {
	'zh-Hant': () => import('../core/i18n/messages/export/zh-Hant').then((mod) => mod.messages),
	ja: () => import('../core/i18n/messages/export/ja').then((mod) => mod.messages)
});
