/**
 * Messages for screen readers, read out through one polite live region (the Announcer
 * component): copy link, export done, a story step. Repeating the same text is read again.
 */
export class Announcer {
	message = $state('');
	/** Bumped on every announcement so the same text twice is still a change. */
	count = $state(0);

	/** Says `text` through the live region. */
	announce(text: string): void {
		this.message = text;
		this.count += 1;
	}

	/** Empties the live region. */
	clear(): void {
		this.message = '';
	}
}
