import * as z from 'zod';
import type { Objective } from './objective.js';
import type { Measure } from './measure.js';
import type { WorkArrangements } from './arrangements.js';
import { PLAN_STATUSES } from '../../codes/statuses.js';
import {
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  MandateReferenceSchema,
  PlainTextSchema,
  documentEnvelope,
} from '../../schemas/common.js';
import { WorkArrangementsSchema } from './arrangements.js';
import { MeasureSchema } from './measure.js';
import { ObjectiveSchema } from './objective.js';

/**
 * The period a plan covers.
 *
 * @example
 * ```ts
 * PeriodSchema.safeParse({ start: '2026-01-01', end: '2027-12-31' }).success;
 * //=> true
 * ```
 */
export const PeriodSchema = z
  .strictObject({
    start: IsoDateSchema.describe('First day of the period.'),
    end: IsoDateSchema.describe('Last day of the period.'),
  })
  .describe('A period from a start date to an end date, both included.');

/**
 * The joint work plan: objectives, specific measures and work arrangements.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = WorkPlanSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const WorkPlanSchema = z
  .strictObject({
    ...documentEnvelope('WorkPlan'),
    id: IdSchema.describe('Identifier of the plan, unique in a workspace.'),
    title: LocalizedTextSchema.describe('Title of the plan.'),
    summary: LocalizedTextSchema.optional().describe('What the plan sets out to do.'),
    status: z.enum(PLAN_STATUSES).describe('Where the plan stands in its adoption.'),
    version: PlainTextSchema.optional().describe('Version label of this text of the plan.'),
    period: PeriodSchema.describe('The period the plan covers.'),
    owner: PlainTextSchema.describe(
      'The body that owns the plan and receives its reports, e.g. "ITU Council".',
    ),
    mandates: z
      .array(MandateReferenceSchema)
      .default(() => [])
      .describe('Resolutions and decisions the plan answers.'),
    objectives: z.array(ObjectiveSchema).min(1).describe('The main objectives.'),
    measures: z
      .array(MeasureSchema)
      .default(() => [])
      .describe('The specific measures.'),
    arrangements: WorkArrangementsSchema,
    updated: IsoDateSchema.optional().describe('Date this text was last updated.'),
  })
  .describe('A joint work plan on AI capacity building.');

/**
 * A validated work plan, with defaults applied.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * console.log(plan.objectives.length, plan.measures.length);
 * ```
 */
export interface WorkPlan extends Omit<
  z.output<typeof WorkPlanSchema>,
  'period' | 'objectives' | 'measures' | 'arrangements'
> {
  period: Period;
  objectives: Objective[];
  measures: Measure[];
  arrangements: WorkArrangements;
}

/**
 * A work plan as written in a plan file: what `validateWorkPlan` accepts.
 *
 * @example
 * ```ts
 * const input: WorkPlanInput = {
 *   kind: 'WorkPlan',
 *   schemaVersion: 1,
 *   id: 'aicb-2026',
 *   title: 'Joint work plan on AI capacity building',
 *   status: 'draft',
 *   period: { start: '2026-01-01', end: '2027-12-31' },
 *   owner: 'ITU Council',
 *   objectives: [{ id: 'O1', title: 'Close the AI talent gap', pillars: ['talent'] }],
 *   arrangements: { leadBureau: 'BDT', reporting: { cadence: 'annual', body: 'CWG-WSIS&SDG' } },
 * };
 * ```
 */
export interface WorkPlanInput extends z.input<typeof WorkPlanSchema> {}

/**
 * The period a plan or schedule covers.
 *
 * @example
 * ```ts
 * const period: Period = { start: '2026-01-01', end: '2027-12-31' };
 * ```
 */
export interface Period extends z.output<typeof PeriodSchema> {}
