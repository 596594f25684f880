import * as v from 'valibot';
import { IsoDateSchema, IsoTimeSchema, PlainTextSchema, UrlSchema } from './schema';

/** The daily figures MND reports, in the order the strip and its labels give them. */
export const ACTIVITY_FIGURES = [
	'aircraft',
	'aircraftMedianLineAdiz',
	'navyShips',
	'officialShips',
	'balloons'
] as const;

/** One of the figures in ACTIVITY_FIGURES. */
export type ActivityFigure = (typeof ACTIVITY_FIGURES)[number];

/** A count as reported, or null where the report gives none (never 0 for "unknown"). */
export const CountSchema = v.nullable(
	v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'))
);

/**
 * How far a source is from MND: "primary" is MND itself, "press" a reputable outlet reporting the
 * figures first-hand, "secondary" a syndication or digest that quotes or recalls them.
 */
export const SourceTierSchema = v.picklist(['primary', 'press', 'secondary']);

/** A source for one day's report, naming the figures it confirms. */
export const ActivitySourceSchema = v.strictObject({
	url: UrlSchema,
	title: PlainTextSchema,
	publisher: PlainTextSchema,
	date: IsoDateSchema,
	tier: SourceTierSchema,
	figures: v.pipe(
		v.array(v.picklist(ACTIVITY_FIGURES)),
		v.minLength(1, 'a source must confirm at least one figure')
	),
	/** MND's own post that the outlet quotes (not itself opened by the compiler). */
	quotes: v.optional(UrlSchema)
});

/** One MND daily report: the period it covers and its counts. */
export const ActivityDaySchema = v.strictObject({
	/** The day the report was issued (Taipei), which is the day its period ends. */
	date: IsoDateSchema,
	/** Start of the period as the source states it; null when the source gives only the end. */
	periodStart: v.nullable(IsoTimeSchema),
	periodEnd: IsoTimeSchema,
	/** PLA aircraft sorties detected around Taiwan. */
	aircraft: CountSchema,
	/** Of those, sorties MND says "crossed the median line and entered" the ADIZ (逾越中線進入…空域). */
	aircraftMedianLineAdiz: CountSchema,
	/** PLA Navy vessels (共艦). */
	navyShips: CountSchema,
	/** Official (government, e.g. coast guard) ships (公務船). */
	officialShips: CountSchema,
	/** Balloons detected in the period (空飄氣球). */
	balloons: CountSchema,
	note: v.optional(PlainTextSchema),
	sources: v.pipe(v.array(ActivitySourceSchema), v.minLength(1, 'needs at least one source'))
});

/** data/pla-activity.json: the days found for a stated span; a day of the span not listed is a gap. */
export const ActivityFileSchema = v.strictObject({
	title: PlainTextSchema,
	/** When the record was compiled; figures later than this are not in it. */
	asOf: IsoDateSchema,
	/** The report dates searched, inclusive. */
	span: v.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
	days: v.array(ActivityDaySchema)
});

export type ActivitySource = v.InferOutput<typeof ActivitySourceSchema>;
export type ActivityDay = v.InferOutput<typeof ActivityDaySchema>;
export type ActivityFile = v.InferOutput<typeof ActivityFileSchema>;
