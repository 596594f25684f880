import type { FeatureDescription } from '../describe/describeFeature';
import { formatMessage } from '../i18n/formatMessage';
import type { Lang } from '../i18n/languages';
import type { LaterMessages } from '../i18n/messages/later/en';

/**
 * What the detail panel shows for one point of the user's own data: its name column (else
 * "point n"), the dataset's name, and every mapped column as a row, all plain text. The
 * precision is the file's own: the app cannot vouch for it.
 * @example describeImported('sightings.csv', { name: 'Vessel A', latitude: 24.5 }, 0, lang).title // "Vessel A"
 */
export function describeImported(
	datasetName: string,
	properties: Record<string, string | number>,
	index: number,
	nameColumn: string | null,
	language: { lang: Lang; m: LaterMessages }
): FeatureDescription {
	const { lang, m } = language;
	const named = nameColumn ? properties[nameColumn] : undefined;
	return {
		title:
			named !== undefined && String(named).trim()
				? String(named)
				: formatMessage(m.importedPoint, { n: index + 1 }, lang),
		kind: formatMessage(m.kindImported, { name: datasetName }, lang),
		rows: Object.entries(properties)
			.filter(([k]) => k !== nameColumn)
			.map(([label, value]) => ({ label, value: String(value) })),
		precision: 'imported',
		precisionText: m.precisionImported,
		sources: []
	};
}
