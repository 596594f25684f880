import { MAX_KEPT_ERRORS, type RowError } from './types';

/** Collects row errors, keeping the first MAX_KEPT_ERRORS and counting all of them. */
export class ErrorList {
	kept: RowError[] = [];
	count = 0;

	/** Records one error. */
	add(error: RowError): void {
		this.count++;
		if (this.kept.length < MAX_KEPT_ERRORS) this.kept.push(error);
	}
}
