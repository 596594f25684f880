import { formatErrorReason, type ImportErrorWords } from './formatRowError';
import type { RowErrorReason } from './types';

/**
 * Why a file cannot be imported at all (a file in another encoding, a format the app cannot
 * read), as data, so the page can say it in the active language (formatErrorReason). The import
 * worker throws it and sends its reason across; the page rebuilds it.
 */
export class ImportFailure extends Error {
	readonly reason: RowErrorReason;

	/** `words` write the error's own message (English for the console); without them it is the code. */
	constructor(reason: RowErrorReason, words?: ImportErrorWords) {
		super(words ? formatErrorReason(reason, words) : reason.code);
		this.name = 'ImportFailure';
		this.reason = reason;
	}
}
