import * as z from 'zod';
import type { CurrencyCode } from '../../codes/currencies.js';
import {
  MISSING_DATA_POLICIES,
  NORMALIZATIONS,
  PREFERENCE_FUNCTIONS,
  RANDOM_INDEX_TABLE_NAMES,
  RANK_ORDER_SCHEMES,
  RANK_TIE_POLICIES,
  SCORING_METHODS,
} from '../../codes/scoring.js';
import {
  CurrencySchema,
  IdSchema,
  LocalizedTextSchema,
  documentEnvelope,
} from '../../schemas/common.js';

const Threshold = z.number().min(0).max(1e12);

/**
 * A PROMETHEE preference function with its thresholds, in the criterion's own units: `q`
 * (indifference), `p` (preference) and `s` (Gaussian). Which thresholds a type needs is checked by
 * the profile rules.
 *
 * @example
 * ```ts
 * PreferenceFunctionSchema.safeParse({ type: 'linear', q: 0.5, p: 2 }).success;
 * //=> true
 * ```
 */
export const PreferenceFunctionSchema = z
  .strictObject({
    type: z.enum(PREFERENCE_FUNCTIONS).describe('The preference function.'),
    q: Threshold.optional().describe('Indifference threshold (u-shape, level, linear).'),
    p: Threshold.optional().describe('Preference threshold (v-shape, level, linear).'),
    s: Threshold.optional().describe('Spread of the Gaussian function.'),
  })
  .describe('A PROMETHEE preference function and its thresholds.');

/**
 * The method of a scoring profile and its parameters.
 *
 * @example
 * ```ts
 * ProfileMethodSchema.safeParse({ name: 'vikor', v: 0.5 }).success;
 * //=> true
 * ```
 */
export const ProfileMethodSchema = z
  .strictObject({
    name: z.enum(SCORING_METHODS).describe('The prioritisation method.'),
    normalization: z
      .enum(NORMALIZATIONS)
      .optional()
      .describe(
        'Normalisation for weighted-sum (default min-max) and TOPSIS (default vector); other methods fix their own.',
      ),
    v: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('VIKOR: weight of the strategy of the majority of criteria (default 0.5).'),
    preference: PreferenceFunctionSchema.optional().describe(
      'PROMETHEE II: the preference function of every criterion that does not set its own (default usual).',
    ),
  })
  .describe('The prioritisation method and its parameters.');

/**
 * One criterion of a profile: a built-in one by its id, or the profile's own, read from a measure
 * field.
 *
 * @example
 * ```ts
 * ProfileCriterionSchema.safeParse({ id: 'need-severity', weight: 0.3 }).success;
 * //=> true
 * ```
 */
export const ProfileCriterionSchema = z
  .strictObject({
    id: IdSchema.describe(
      'A built-in criterion (need-severity, vulnerable-reach, cost-per-beneficiary, initiative-leverage, co-financing, coordination, alignment, feasibility, risk, time-to-results) or a name for the profile’s own criterion.',
    ),
    weight: z
      .number()
      .min(0)
      .max(1e6)
      .optional()
      .describe(
        'Weight, 0 or more, with direct weighting; the weights are scaled to sum 1, so 3 and 1 mean 0.75 and 0.25.',
      ),
    field: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z][A-Za-z0-9_-]*){0,2}$/, {
        error: 'measure field',
      })
      .optional()
      .describe(
        'For the profile’s own criterion: the measure field it reads, such as "budget.amount" or "estimates.scores.gender-impact"; a list field counts its entries.',
      ),
    direction: z
      .enum(['benefit', 'cost'])
      .optional()
      .describe(
        'benefit (more is better) or cost (less is better); required for the profile’s own criteria, and overrides a built-in one’s.',
      ),
    preference: PreferenceFunctionSchema.optional().describe(
      'PROMETHEE II: this criterion’s preference function.',
    ),
    label: LocalizedTextSchema.optional().describe('Name shown in results and reasons.'),
  })
  .describe('A criterion of the profile.');

/**
 * How a profile sets its criterion weights.
 *
 * @example
 * ```ts
 * WeightingSchema.safeParse({ type: 'rank-order', order: ['need-severity', 'risk'] }).success;
 * //=> true
 * ```
 */
export const WeightingSchema = z
  .discriminatedUnion('type', [
    z
      .strictObject({ type: z.literal('direct').describe('Each criterion gives its `weight`.') })
      .describe('Weights given per criterion.'),
    z.strictObject({ type: z.literal('equal').describe('Every criterion weighs the same.') }),
    z
      .strictObject({
        type: z.literal('ahp').describe('Analytic hierarchy process.'),
        judgements: z
          .array(
            z
              .array(
                z
                  .number()
                  .min(1 / 9)
                  .max(9),
              )
              .max(15),
          )
          .min(1)
          .max(15)
          .describe(
            'Pairwise comparison matrix in the order of `criteria`: row i, column j says how much more important criterion i is than j on Saaty’s 1 to 9 scale (1/9 to 9; the diagonal is 1, and a[j][i] = 1 / a[i][j]).',
          ),
        randomIndex: z
          .enum(RANDOM_INDEX_TABLE_NAMES)
          .default('saaty-1980')
          .describe('Random-index table for the consistency ratio.'),
        maxConsistencyRatio: z
          .number()
          .min(0)
          .max(1)
          .default(0.1)
          .describe('Consistency ratio above which the judgements are reported (default 0.1).'),
      })
      .describe('Weights from AHP pairwise judgements.'),
    z
      .strictObject({
        type: z.literal('rank-order').describe('Weights from an order of importance.'),
        order: z.array(IdSchema).min(1).describe('Every criterion id, most important first.'),
        scheme: z
          .enum(RANK_ORDER_SCHEMES)
          .default('centroid')
          .describe('centroid (rank-order centroid, default), sum, reciprocal or equal.'),
      })
      .describe('Weights from an order of importance.'),
    z
      .strictObject({ type: z.literal('entropy').describe('Shannon entropy of each criterion.') })
      .describe('Objective weights from entropy.'),
    z
      .strictObject({ type: z.literal('critic').describe('CRITIC (contrast and correlation).') })
      .describe('Objective weights from CRITIC.'),
    z
      .strictObject({
        type: z.literal('standard-deviation').describe('Standard deviation of each criterion.'),
      })
      .describe('Objective weights from the standard deviation.'),
  ])
  .describe('How the criterion weights are set.');

/**
 * A scoring profile: how measures are prioritised — the method, the criteria and their weights,
 * the missing-data policy and the tie policy.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = ScoringProfileSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const ScoringProfileSchema = z
  .strictObject({
    ...documentEnvelope('ScoringProfile'),
    id: IdSchema.describe('Identifier of the profile, unique in a workspace.'),
    title: LocalizedTextSchema.describe('Title of the profile.'),
    description: LocalizedTextSchema.optional().describe('What the profile is for.'),
    method: ProfileMethodSchema,
    criteria: z.array(ProfileCriterionSchema).min(1).max(50).describe('The criteria, in order.'),
    weighting: WeightingSchema.default({ type: 'direct' }),
    currency: z
      .strictObject({
        code: CurrencySchema.describe('The currency costs are compared in.'),
        rates: z
          .partialRecord(CurrencySchema, z.number().positive().max(1e9))
          .default(() => ({}))
          .describe('How many units of `code` one unit of each other currency is worth.'),
      })
      .optional()
      .describe(
        'The currency in which costs are compared across measures; without it, only measures budgeted in the plan’s most used currency have a cost per beneficiary.',
      ),
    missingData: z
      .enum(MISSING_DATA_POLICIES)
      .default('worst')
      .describe(
        'What to do with a measure that lacks a value: worst (default), median, exclude or fail. Filled values are flagged.',
      ),
    minimumCompleteness: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'The share of its criteria a measure must have measured (not filled in by the missing-data policy) to be ranked, from 0 to 1; measures below it are listed apart as not enough data to rank. Default: none.',
      ),
    ties: z
      .strictObject({
        policy: z
          .enum(RANK_TIE_POLICIES)
          .default('min')
          .describe('How tied scores share ranks (default min: 1, 1, 3).'),
        tolerance: z
          .number()
          .min(0)
          .max(0.1)
          .default(1e-9)
          .describe('Relative difference under which two scores tie (default 1e-9).'),
      })
      .default({ policy: 'min', tolerance: 1e-9 })
      .describe('How ties are ranked.'),
  })
  .describe('A scoring profile: how the measures of a work plan are prioritised.');

/**
 * A validated scoring profile, with defaults applied.
 *
 * @example
 * ```ts
 * declare const profile: ScoringProfile;
 * profile.criteria.map((criterion) => criterion.id);
 * ```
 */
export interface ScoringProfile extends Omit<
  z.output<typeof ScoringProfileSchema>,
  'criteria' | 'currency'
> {
  criteria: ProfileCriterion[];
  currency?: { code: CurrencyCode; rates: Partial<Record<CurrencyCode, number>> } | undefined;
}

/**
 * A scoring profile as written in a file, before defaults are applied.
 *
 * @example
 * ```ts
 * const input: ScoringProfileInput = {
 *   kind: 'ScoringProfile',
 *   schemaVersion: 1,
 *   id: 'default',
 *   title: 'Default priorities',
 *   method: { name: 'topsis' },
 *   criteria: [{ id: 'need-severity', weight: 2 }, { id: 'risk', weight: 1 }],
 * };
 * ```
 */
export interface ScoringProfileInput extends z.input<typeof ScoringProfileSchema> {}

/**
 * A criterion of a validated profile.
 *
 * @example
 * ```ts
 * declare const profile: ScoringProfile;
 * const first: ProfileCriterion | undefined = profile.criteria[0];
 * ```
 */
export interface ProfileCriterion extends z.output<typeof ProfileCriterionSchema> {}
