import { describe, expect, it } from 'vitest';
import { Announcer } from '../../../src/lib/state/Announcer.svelte';

describe('Announcer', () => {
	it('announce() sets the message', () => {
		const a = new Announcer();
		a.announce('Link copied');
		expect(a.message).toBe('Link copied');
	});

	it('announce() of the same text again still counts as a new announcement', () => {
		const a = new Announcer();
		a.announce('Link copied');
		const first = a.count;
		a.announce('Link copied');
		expect(a.count).toBe(first + 1);
	});

	it('clear() empties the message', () => {
		const a = new Announcer();
		a.announce('Export done');
		a.clear();
		expect(a.message).toBe('');
	});
});
