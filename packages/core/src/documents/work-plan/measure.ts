import * as z from 'zod';
import type { CurrencyCode } from '../../codes/currencies.js';
import { ITU_REGIONS } from '../../codes/regions.js';
import { MEASURE_KINDS } from '../../codes/measure-kinds.js';
import { MEASURE_STATUSES } from '../../codes/statuses.js';
import { PARTNER_ROLES } from '../../codes/partner-roles.js';
import { PILLARS } from '../../codes/pillars.js';
import { TARGET_GROUPS } from '../../codes/target-groups.js';
import {
  AmountSchema,
  CountryCodeSchema,
  CurrencySchema,
  EntityRefSchema,
  IdSchema,
  IndicatorSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PercentSchema,
  PlainTextSchema,
  SdgTargetSchema,
} from '../../schemas/common.js';

/**
 * A dated step of a measure.
 *
 * @example
 * ```ts
 * MilestoneSchema.parse({ id: 'M1-a', title: 'Curriculum ready', due: '2026-03-31' }).done;
 * //=> false
 * ```
 */
export const MilestoneSchema = z
  .strictObject({
    id: IdSchema.describe('Identifier of the milestone, unique in the plan.'),
    title: LocalizedTextSchema.describe('What is reached or delivered.'),
    due: IsoDateSchema.describe('Date by which the milestone is due.'),
    dependsOn: z
      .array(IdSchema)
      .default(() => [])
      .describe('Ids of milestones that must be reached first.'),
    done: z.boolean().default(false).describe('Whether the milestone has been reached.'),
  })
  .describe('A milestone of a measure.');

/**
 * When a measure runs and its milestones.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = ScheduleSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const ScheduleSchema = z
  .strictObject({
    start: IsoDateSchema.describe('First day of the measure.'),
    end: IsoDateSchema.describe('Last day of the measure.'),
    milestones: z
      .array(MilestoneSchema)
      .default(() => [])
      .describe('Milestones, in any order.'),
  })
  .describe('The schedule of a measure.');

/**
 * One line of a budget breakdown, as a share of the total.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = BudgetLineSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const BudgetLineSchema = z
  .strictObject({
    label: PlainTextSchema.describe('What the line pays for, e.g. "training delivery".'),
    percent: PercentSchema.describe('Share of the total budget; the lines add up to 100.'),
  })
  .describe('A budget line as a share of the total.');

/**
 * What a measure costs, in one currency, and how much of it is secured.
 *
 * @example
 * ```ts
 * BudgetSchema.parse({ amount: 1000, currency: 'USD' }).secured;
 * //=> 0
 * ```
 */
export const BudgetSchema = z
  .strictObject({
    amount: AmountSchema.describe('Total cost of the measure.'),
    currency: CurrencySchema,
    secured: AmountSchema.default(0).describe(
      'Part of the amount already secured (committed by ITU or partners); at most the amount.',
    ),
    breakdown: z
      .array(BudgetLineSchema)
      .default(() => [])
      .describe('Optional breakdown by share; when given, the shares add up to 100.'),
  })
  .describe('The budget of a measure.');

/**
 * An organisation taking part in a measure and its role.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = PartnerSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const PartnerSchema = z
  .strictObject({
    name: PlainTextSchema.describe('Name of the partner organisation.'),
    role: z.enum(PARTNER_ROLES).describe('Role of the partner (IATI organisation roles).'),
    financingPercent: PercentSchema.optional().describe(
      'Share of the budget this partner finances; the shares of all partners add up to at most 100.',
    ),
  })
  .describe('A partner in a measure.');

/**
 * The planner's estimates that scoring uses.
 *
 * @example
 * ```ts
 * EstimatesSchema.safeParse({ feasibility: 6 }).success;
 * //=> false
 * ```
 */
export const EstimatesSchema = z
  .strictObject({
    beneficiaries: z
      .int()
      .min(0)
      .max(1e10)
      .optional()
      .describe('Number of people expected to benefit directly.'),
    feasibility: z
      .number()
      .min(1)
      .max(5)
      .optional()
      .describe('How feasible the measure is, from 1 (hardly) to 5 (certainly).'),
    risk: z
      .number()
      .min(1)
      .max(5)
      .optional()
      .describe('How risky the measure is, from 1 (low) to 5 (high).'),
    monthsToFirstResults: z
      .number()
      .min(0)
      .max(240)
      .optional()
      .describe('Months from the start until first results are visible.'),
    scores: z
      .record(IdSchema, z.number().min(-1e12).max(1e12))
      .optional()
      .describe(
        'Further scores of the planner’s own, by name, for criteria a scoring profile adds (read as "estimates.scores.<name>").',
      ),
  })
  .describe('Planner estimates used to prioritise measures.');

/**
 * A specific measure: the unit of the plan that gets prioritised and funded.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = MeasureSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const MeasureSchema = z
  .strictObject({
    id: IdSchema.describe('Identifier of the measure, unique in the plan.'),
    title: LocalizedTextSchema.describe('The measure in a few words.'),
    description: LocalizedTextSchema.optional().describe('What the measure does and how.'),
    objectives: z.array(IdSchema).min(1).describe('Ids of the plan objectives the measure serves.'),
    kind: z.enum(MEASURE_KINDS).describe('Type of measure.'),
    pillars: z.array(z.enum(PILLARS)).min(1).describe('Pillars the measure addresses.'),
    lead: EntityRefSchema.describe('The ITU bureau or office that leads the measure.'),
    contributors: z
      .array(EntityRefSchema)
      .default(() => [])
      .describe('Other ITU bureaus and offices that contribute.'),
    targetRegions: z
      .array(z.enum(ITU_REGIONS))
      .default(() => [])
      .describe(
        'ITU-D regions the measure targets; leave empty and set `global` for a measure meant for all countries.',
      ),
    targetCountries: z
      .array(CountryCodeSchema)
      .default(() => [])
      .describe('Countries the measure targets, when it targets specific countries.'),
    global: z
      .boolean()
      .optional()
      .describe(
        'Set to true when the measure is meant to serve all countries, without target regions or countries; a measure without targets and without this flag has its reach and need unknown when it is prioritised.',
      ),
    targetGroups: z
      .array(z.enum(TARGET_GROUPS))
      .default(() => [])
      .describe('Groups of people the measure is meant for.'),
    buildsOn: z
      .array(IdSchema)
      .default(() => [])
      .describe(
        'Ids of existing initiatives (from an initiative catalogue) the measure builds on.',
      ),
    partners: z
      .array(PartnerSchema)
      .default(() => [])
      .describe('Partners and their roles.'),
    schedule: ScheduleSchema,
    budget: BudgetSchema.optional(),
    indicators: z
      .array(IndicatorSchema)
      .default(() => [])
      .describe('Indicators of the measure.'),
    sdgTargets: z
      .array(SdgTargetSchema)
      .default(() => [])
      .describe('SDG targets the measure contributes to.'),
    mandates: z
      .array(IdSchema)
      .default(() => [])
      .describe('Ids of the plan mandates the measure answers.'),
    status: z.enum(MEASURE_STATUSES).describe('Where the measure stands (IATI activity status).'),
    estimates: EstimatesSchema.default(() => ({})),
  })
  .describe('A specific measure of the work plan.');

/**
 * A validated measure.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * const measure: Measure | undefined = plan.measures[0];
 * ```
 */
export interface Measure extends Omit<
  z.output<typeof MeasureSchema>,
  'budget' | 'partners' | 'estimates'
> {
  budget?: Budget | undefined;
  partners: Partner[];
  estimates: Estimates;
}

/**
 * A measure as written in a plan file, before defaults are applied.
 *
 * @example
 * ```ts
 * const measure: MeasureInput = {
 *   id: 'M1',
 *   title: 'AI skills bootcamps for regulators',
 *   objectives: ['O1'],
 *   kind: 'training',
 *   pillars: ['talent'],
 *   lead: 'BDT',
 *   schedule: { start: '2026-01-01', end: '2026-12-31' },
 *   status: 'pipeline',
 * };
 * ```
 */
export interface MeasureInput extends z.input<typeof MeasureSchema> {}

/**
 * A validated milestone.
 *
 * @example
 * ```ts
 * const milestone: Milestone = { id: 'M1-a', title: { en: 'Curriculum ready' }, due: '2026-03-31', dependsOn: [], done: false };
 * ```
 */
export interface Milestone extends z.output<typeof MilestoneSchema> {}

/**
 * A validated measure budget.
 *
 * @example
 * ```ts
 * const budget: Budget = { amount: 250000, currency: 'USD', secured: 100000, breakdown: [] };
 * ```
 */
export interface Budget extends Omit<z.output<typeof BudgetSchema>, 'currency'> {
  currency: CurrencyCode;
}

/**
 * A validated partner of a measure.
 *
 * @example
 * ```ts
 * const partner: Partner = { name: 'UNDP', role: 'implementing', financingPercent: 30 };
 * ```
 */
export interface Partner extends z.output<typeof PartnerSchema> {}

/**
 * The planner's validated estimates for a measure.
 *
 * @example
 * ```ts
 * const estimates: Estimates = { beneficiaries: 1200, feasibility: 4, risk: 2, monthsToFirstResults: 6 };
 * ```
 */
export interface Estimates extends z.output<typeof EstimatesSchema> {}
