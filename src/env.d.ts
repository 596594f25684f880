/** The build-time settings the app reads (see the README's "Publishing" section). */
interface ImportMetaEnv {
	/** The public address the app is published at; export permalinks start from it. */
	readonly VITE_PUBLIC_URL?: string;
}
