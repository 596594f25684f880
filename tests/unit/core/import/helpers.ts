import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
