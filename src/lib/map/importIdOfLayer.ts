/** The imported dataset id a rendered feature's layer belongs to, e.g. "import-ab12cd34ef". */
export function importIdOfLayer(layerId: string): string | null {
	return /^(import-[a-z0-9]+)-/.exec(layerId)?.[1] ?? null;
}
