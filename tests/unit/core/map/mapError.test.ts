import { describe, expect, it } from 'vitest';
import { mapErrorKey, type MapError } from '../../../../src/lib/core/map/mapError';
import { en } from '../../../../src/lib/core/i18n/messages/en';
import { messages as ja } from '../../../../src/lib/core/i18n/messages/ja';
import { messages as zhHant } from '../../../../src/lib/core/i18n/messages/zh-Hant';

const KINDS: MapError['kind'][] = ['start', 'draw', 'runtime'];

describe('mapErrorKey', () => {
	it('mapErrorKey gives each kind of failure its own message', () => {
		const keys = KINDS.map((kind) => mapErrorKey({ kind, detail: '' }));
		expect(new Set(keys).size).toBe(KINDS.length);
	});

	it('mapErrorKey names a message every language has', () => {
		for (const kind of KINDS) {
			const key = mapErrorKey({ kind, detail: '' });
			for (const m of [en, zhHant, ja]) expect(m[key]).toMatch(/\S/);
		}
	});
});
