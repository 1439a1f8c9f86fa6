import * as z from 'zod';
import { MEASURE_STATUSES } from '../../codes/statuses.js';
import { TARGET_GROUPS } from '../../codes/target-groups.js';
import type { CurrencyCode } from '../../codes/currencies.js';
import {
  AmountSchema,
  CountryCodeSchema,
  CurrencySchema,
  EntityRefSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PlainTextSchema,
  documentEnvelope,
} from '../../schemas/common.js';
import { CONTRIBUTION_KINDS } from '../work-plan/arrangements.js';
import { PeriodSchema } from '../work-plan/work-plan.js';

/**
 * The levels a reported risk's likelihood and impact are rated on.
 *
 * @example
 * ```ts
 * RISK_LEVELS.includes('high');
 * //=> true
 * ```
 */
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;

/**
 * The kinds of spending transaction a report lists, after the IATI transaction types 2
 * (outgoing commitment), 3 (disbursement) and 4 (expenditure).
 *
 * @example
 * ```ts
 * SPEND_TRANSACTION_TYPES[2];
 * //=> 'expenditure'
 * ```
 */
export const SPEND_TRANSACTION_TYPES = ['commitment', 'disbursement', 'expenditure'] as const;

/**
 * A value of an indicator measured on a date: the actual value of an IATI result period.
 *
 * @example
 * ```ts
 * IndicatorMeasurementSchema.safeParse({ indicator: 'I-O1-1', value: 1200, date: '2026-06-30' }).success;
 * //=> true
 * ```
 */
export const IndicatorMeasurementSchema = z
  .strictObject({
    indicator: IdSchema.describe('Id of the indicator in the plan.'),
    value: z.number().min(-1e15).max(1e15).describe('The value measured, in the indicator unit.'),
    date: IsoDateSchema.describe('Date the value was measured; not after the as-of date.'),
    unit: PlainTextSchema.optional().describe(
      'Unit of the value, when stated; it should be the unit the plan gives the indicator.',
    ),
  })
  .describe('A measured value of an indicator (the actual value of a result period).');

/**
 * Where a milestone of a measure stands: reached on a date, or re-forecast to a new date.
 *
 * @example
 * ```ts
 * MilestoneProgressSchema.safeParse({ milestone: 'TAL-01-a', achieved: '2026-05-10' }).success;
 * //=> true
 * ```
 */
export const MilestoneProgressSchema = z
  .strictObject({
    milestone: IdSchema.describe('Id of the milestone in the plan.'),
    achieved: IsoDateSchema.optional().describe(
      'Date the milestone was reached; not after the as-of date.',
    ),
    forecast: IsoDateSchema.optional().describe(
      'New date by which the milestone is expected, when it is not reached and re-planned.',
    ),
    reason: LocalizedTextSchema.optional().describe('Why the milestone was re-forecast.'),
  })
  .describe(
    'A milestone reached (achieved) or re-forecast (forecast, with the reason): exactly one of the two dates.',
  );

/**
 * One spending transaction of a measure, in the currency of its spend.
 *
 * @example
 * ```ts
 * SpendTransactionSchema.safeParse({ type: 'expenditure', date: '2026-05-31', amount: 12000 }).success;
 * //=> true
 * ```
 */
export const SpendTransactionSchema = z
  .strictObject({
    type: z
      .enum(SPEND_TRANSACTION_TYPES)
      .describe('IATI transaction type: commitment (2), disbursement (3) or expenditure (4).'),
    date: IsoDateSchema.describe('Date of the transaction; not after the as-of date.'),
    amount: AmountSchema.describe('Amount, in the currency of the spend.'),
    description: PlainTextSchema.optional().describe('What was paid for.'),
  })
  .describe('A spending transaction (IATI transaction).');

/**
 * What a measure has spent since it started, to the as-of date.
 *
 * @example
 * ```ts
 * SpendSchema.parse({ amount: 120000, currency: 'USD' }).transactions;
 * //=> []
 * ```
 */
export const SpendSchema = z
  .strictObject({
    amount: AmountSchema.describe(
      'Spent since the measure started, to the as-of date (cumulative: disbursements and expenditure).',
    ),
    currency: CurrencySchema,
    transactions: z
      .array(SpendTransactionSchema)
      .default(() => [])
      .describe('The transactions behind the amount, if listed.'),
  })
  .describe('Cumulative spend of a measure to the as-of date.');

/**
 * How many people a measure has reached, in total and by target group.
 *
 * @example
 * ```ts
 * BeneficiariesSchema.safeParse({ total: 800, byGroup: [{ group: 'women', count: 420 }] }).success;
 * //=> true
 * ```
 */
export const BeneficiariesSchema = z
  .strictObject({
    total: z.int().min(0).max(1e10).describe('People reached since the measure started.'),
    byGroup: z
      .array(
        z
          .strictObject({
            group: z.enum(TARGET_GROUPS).describe('A target group of the plan.'),
            count: z.int().min(0).max(1e10).describe('People of the group reached.'),
          })
          .describe('People reached in one target group.'),
      )
      .default(() => [])
      .describe('People reached by target group; a person may count in several groups.'),
  })
  .describe('People reached since the measure started, to the as-of date.');

/**
 * A risk or issue a measure faces, with how likely and how serious it is.
 *
 * @example
 * ```ts
 * RiskSchema.safeParse({ description: 'Partner funds delayed', likelihood: 'high', impact: 'medium' }).success;
 * //=> true
 * ```
 */
export const RiskSchema = z
  .strictObject({
    description: LocalizedTextSchema.describe('The risk or issue.'),
    likelihood: z.enum(RISK_LEVELS).describe('How likely it is: low, medium or high.'),
    impact: z.enum(RISK_LEVELS).describe('How serious it would be: low, medium or high.'),
    mitigation: LocalizedTextSchema.optional().describe('What is done about it.'),
  })
  .describe('A risk or issue of a measure.');

/**
 * What is reported for one measure of the plan.
 *
 * @example
 * ```ts
 * MeasureProgressSchema.safeParse({ measure: 'M-TAL-01', status: 'implementation' }).success;
 * //=> true
 * ```
 */
export const MeasureProgressSchema = z
  .strictObject({
    measure: IdSchema.describe('Id of the measure in the plan.'),
    status: z
      .enum(MEASURE_STATUSES)
      .describe('Where the measure stands on the as-of date (IATI activity status).'),
    milestones: z
      .array(MilestoneProgressSchema)
      .default(() => [])
      .describe('Milestones reached or re-forecast.'),
    spend: SpendSchema.optional(),
    beneficiaries: BeneficiariesSchema.optional(),
    countriesReached: z
      .array(CountryCodeSchema)
      .default(() => [])
      .describe('Countries the measure has reached since it started.'),
    indicators: z
      .array(IndicatorMeasurementSchema)
      .default(() => [])
      .describe("Values measured of the measure's indicators."),
    risks: z
      .array(RiskSchema)
      .default(() => [])
      .describe('Risks and issues.'),
    narrative: LocalizedTextSchema.optional().describe('What happened in the period, briefly.'),
  })
  .describe('Progress of one measure.');

/**
 * What is reported for one objective of the plan: its indicators' values.
 *
 * @example
 * ```ts
 * ObjectiveProgressSchema.safeParse({ objective: 'O1', indicators: [] }).success;
 * //=> true
 * ```
 */
export const ObjectiveProgressSchema = z
  .strictObject({
    objective: IdSchema.describe('Id of the objective in the plan.'),
    indicators: z
      .array(IndicatorMeasurementSchema)
      .default(() => [])
      .describe("Values measured of the objective's indicators."),
    narrative: LocalizedTextSchema.optional().describe('Progress towards the objective, briefly.'),
  })
  .describe('Progress towards one objective.');

/**
 * A member's contribution delivered against one pledged in the plan's arrangements.
 *
 * @example
 * ```ts
 * ContributionDeliverySchema.safeParse({ member: 'Example University', kind: 'expertise', date: '2026-05-01' }).success;
 * //=> true
 * ```
 */
export const ContributionDeliverySchema = z
  .strictObject({
    member: PlainTextSchema.describe('The member, as named in the plan’s contributions.'),
    kind: z.enum(CONTRIBUTION_KINDS).describe('The kind of the pledged contribution.'),
    amount: AmountSchema.optional().describe(
      'Delivered so far (cumulative), for a contribution with an amount.',
    ),
    currency: CurrencySchema.optional().describe(
      'Currency of the amount, the currency of the pledge; required with an amount.',
    ),
    date: IsoDateSchema.describe('Date of the latest delivery; not after the as-of date.'),
    description: LocalizedTextSchema.optional().describe('What was delivered.'),
  })
  .describe('A pledged contribution delivered, in whole or in part.');

/**
 * A meeting of the plan's communication group.
 *
 * @example
 * ```ts
 * GroupMeetingSchema.safeParse({ date: '2026-03-12' }).success;
 * //=> true
 * ```
 */
export const GroupMeetingSchema = z
  .strictObject({
    date: IsoDateSchema.describe('Date of the meeting; not after the as-of date.'),
    participants: z
      .array(EntityRefSchema)
      .default(() => [])
      .describe('Bureaus and offices that took part.'),
    summary: LocalizedTextSchema.optional().describe('What was discussed or decided.'),
  })
  .describe('A meeting of the communication group.');

/**
 * Who prepared a report.
 *
 * @example
 * ```ts
 * ReportPreparerSchema.safeParse({ name: 'BDT monitoring unit', entity: 'BDT' }).success;
 * //=> true
 * ```
 */
export const ReportPreparerSchema = z
  .strictObject({
    name: PlainTextSchema.describe('Person or unit that prepared the report.'),
    entity: EntityRefSchema.optional().describe('The bureau or office they belong to.'),
  })
  .describe('Who prepared the report.');

/**
 * A progress report on a work plan for one period: what happened to its measures, objectives,
 * contributions and communication group, as of a date.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = ProgressReportSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const ProgressReportSchema = z
  .strictObject({
    ...documentEnvelope('ProgressReport'),
    id: IdSchema.describe('Identifier of the report, unique in a workspace.'),
    plan: IdSchema.describe('Id of the work plan reported on.'),
    period: PeriodSchema.describe('The period reported on, within the plan period.'),
    asOf: IsoDateSchema.describe(
      'Date the report speaks for: its figures are cumulative to this date.',
    ),
    preparedBy: ReportPreparerSchema,
    measureProgress: z
      .array(MeasureProgressSchema)
      .default(() => [])
      .describe('Progress of the measures reported on.'),
    objectiveProgress: z
      .array(ObjectiveProgressSchema)
      .default(() => [])
      .describe('Values of the objectives’ indicators.'),
    contributions: z
      .array(ContributionDeliverySchema)
      .default(() => [])
      .describe("Members' contributions delivered, against those pledged in the plan."),
    meetings: z
      .array(GroupMeetingSchema)
      .default(() => [])
      .describe('Meetings of the communication group held in the period.'),
    summary: LocalizedTextSchema.optional().describe('The period in a few sentences.'),
  })
  .describe('A progress report on a work plan for one period.');

/**
 * A validated progress report, with defaults applied.
 *
 * @example
 * ```ts
 * declare const report: ProgressReport;
 * console.log(report.plan, report.asOf, report.measureProgress.length);
 * ```
 */
export interface ProgressReport extends Omit<
  z.output<typeof ProgressReportSchema>,
  'measureProgress' | 'contributions'
> {
  measureProgress: MeasureProgress[];
  contributions: ContributionDelivery[];
}

/**
 * A progress report as written in a file: what `validateProgressReport` accepts.
 *
 * @example
 * ```ts
 * const input: ProgressReportInput = {
 *   kind: 'ProgressReport',
 *   schemaVersion: 1,
 *   id: 'aicb-2026-h1',
 *   plan: 'aicb-2026',
 *   period: { start: '2026-01-01', end: '2026-06-30' },
 *   asOf: '2026-06-30',
 *   preparedBy: { name: 'BDT monitoring unit', entity: 'BDT' },
 *   measureProgress: [{ measure: 'M1', status: 'implementation' }],
 * };
 * ```
 */
export interface ProgressReportInput extends z.input<typeof ProgressReportSchema> {}

/**
 * The validated progress of one measure.
 *
 * @example
 * ```ts
 * declare const report: ProgressReport;
 * const first: MeasureProgress | undefined = report.measureProgress[0];
 * ```
 */
export interface MeasureProgress extends Omit<z.output<typeof MeasureProgressSchema>, 'spend'> {
  spend?: Spend | undefined;
}

/**
 * A measure's validated cumulative spend.
 *
 * @example
 * ```ts
 * const spend: Spend = { amount: 120000, currency: 'USD', transactions: [] };
 * ```
 */
export interface Spend extends Omit<z.output<typeof SpendSchema>, 'currency'> {
  currency: CurrencyCode;
}

/**
 * A validated contribution delivery.
 *
 * @example
 * ```ts
 * const delivery: ContributionDelivery = { member: 'Example University', kind: 'expertise', date: '2026-05-01' };
 * ```
 */
export interface ContributionDelivery extends Omit<
  z.output<typeof ContributionDeliverySchema>,
  'currency'
> {
  currency?: CurrencyCode | undefined;
}

/**
 * A validated indicator measurement.
 *
 * @example
 * ```ts
 * const value: IndicatorMeasurement = { indicator: 'I-O1-1', value: 1200, date: '2026-06-30' };
 * ```
 */
export interface IndicatorMeasurement extends z.output<typeof IndicatorMeasurementSchema> {}
