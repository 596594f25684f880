import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import {
	eventFilterExpression,
	zoneFilterExpression,
	zoneStateExpression
} from '../../../../src/lib/core/style/timeExpressions';

const at = (iso: string) => Date.parse(iso);
const zone = {
	exercise: 'jm2025',
	announced_ts: at('2025-12-29T00:00:00+08:00'),
	start_ts: at('2025-12-30T08:00:00+08:00'),
	end_ts: at('2025-12-30T18:00:00+08:00')
};
const feature = (properties: Record<string, unknown>) => ({
	type: 1 as const,
	properties,
	geometry: []
});

function zoneState(t: number): unknown {
	const parsed = createExpression(zoneStateExpression(), 'zone-state', null, { zoneT: t });
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate({ zoom: 6 }, feature(zone));
}

function passes(filter: unknown, state: Record<string, unknown>, props: Record<string, unknown>) {
	return featureFilter(filter as never, 'filter', state).filter({ zoom: 6 }, feature(props));
}

describe('zoneStateExpression()', () => {
	it('zoneStateExpression() is "future" before the announcement', () => {
		expect(zoneState(at('2025-12-28T23:59:00+08:00'))).toBe('future');
	});
	it('zoneStateExpression() is "announced" from the announcement to 08:00 local on 30 Dec', () => {
		expect(zoneState(zone.announced_ts)).toBe('announced');
		expect(zoneState(at('2025-12-30T07:59:00+08:00'))).toBe('announced');
	});
	it('zoneStateExpression() is "active" from 08:00 up to 18:00 local on 30 Dec', () => {
		expect(zoneState(zone.start_ts)).toBe('active');
		expect(zoneState(at('2025-12-30T17:59:00+08:00'))).toBe('active');
	});
	it('zoneStateExpression() is "ended" from 18:00 local on 30 Dec', () => {
		expect(zoneState(zone.end_ts)).toBe('ended');
	});
});

describe('zoneFilterExpression()', () => {
	const filter = zoneFilterExpression('aug2022');
	it('zoneFilterExpression() hides a zone before it is announced', () => {
		expect(passes(filter, { zoneT: zone.announced_ts - 1, compare: false }, zone)).toBe(false);
	});
	it('zoneFilterExpression() shows a zone once announced', () => {
		expect(passes(filter, { zoneT: zone.announced_ts, compare: false }, zone)).toBe(true);
	});
	it('zoneFilterExpression() shows the comparison exercise whatever the time when compare is on', () => {
		const old = { ...zone, exercise: 'aug2022', announced_ts: 0, end_ts: 1 };
		expect(passes(filter, { zoneT: zone.start_ts, compare: false }, old)).toBe(false);
		expect(passes(filter, { zoneT: zone.start_ts, compare: true }, old)).toBe(true);
	});
});

describe('eventFilterExpression()', () => {
	const filter = eventFilterExpression();
	const event = { ts: at('2025-12-30T09:00:00+08:00') };
	it('eventFilterExpression() hides an event after the current time', () => {
		expect(passes(filter, { eventT: event.ts - 1, windowMs: 0 }, event)).toBe(false);
	});
	it('eventFilterExpression() shows an event at the current time (cumulative)', () => {
		expect(passes(filter, { eventT: event.ts, windowMs: 0 }, event)).toBe(true);
	});
	it('eventFilterExpression() drops an event older than the moving window', () => {
		const day = 86_400_000;
		expect(passes(filter, { eventT: event.ts + day - 1, windowMs: day }, event)).toBe(true);
		expect(passes(filter, { eventT: event.ts + day, windowMs: day }, event)).toBe(false);
	});
});
