import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importErrorsEn as en } from '../../../../src/lib/core/i18n/messages/importErrors/en';
import { formatRowError } from '../../../../src/lib/core/import/formatRowError';
import type { RowError } from '../../../../src/lib/core/import/types';

/** The bytes of a fixture in tests/fixtures/import/. */
export function fixtureBytes(name: string): Uint8Array {
	return new Uint8Array(
		readFileSync(fileURLToPath(new URL(`../../../fixtures/import/${name}`, import.meta.url)))
	);
}

/** The UTF-8 text of a fixture in tests/fixtures/import/. */
export function fixture(name: string): string {
	return new TextDecoder().decode(fixtureBytes(name));
}

/** Row errors as English sentences, as the app lists them in English. */
export function inEnglish(errors: readonly RowError[]): string[] {
	return errors.map((e) => formatRowError(e, en));
}
