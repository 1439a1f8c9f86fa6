import * as z from 'zod';
import type { CurrencyCode } from '../../codes/currencies.js';
import { BUREAUS } from '../../codes/bureaus.js';
import { MEMBER_CATEGORIES } from '../../codes/member-categories.js';
import { REPORTING_CADENCES } from '../../codes/reporting-cadences.js';
import {
  AmountSchema,
  CurrencySchema,
  EntityRefSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PlainTextSchema,
} from '../../schemas/common.js';

/**
 * The kinds of contribution a member can make to the plan.
 *
 * @example
 * ```ts
 * CONTRIBUTION_KINDS.includes('in-kind');
 * //=> true
 * ```
 */
export const CONTRIBUTION_KINDS = ['financial', 'in-kind', 'expertise'] as const;

/**
 * A group set up to draft the plan and keep its parts in touch.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = CommunicationGroupSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const CommunicationGroupSchema = z
  .strictObject({
    name: PlainTextSchema.describe('Name of the group.'),
    chair: EntityRefSchema.optional().describe('The bureau or office that chairs it.'),
    members: z
      .array(EntityRefSchema)
      .min(1)
      .describe('Bureaus and offices represented in the group.'),
    mandate: LocalizedTextSchema.optional().describe('What the group is asked to do.'),
    meetingCadence: z
      .enum(REPORTING_CADENCES)
      .optional()
      .describe(
        'How often the group meets; monitoring expects one meeting per period and, without it, uses the reporting cadence.',
      ),
  })
  .describe('A communication group that drafts the plan and coordinates its parts.');

/**
 * A review of the plan's progress on a given date.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = ReviewSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const ReviewSchema = z
  .strictObject({
    date: IsoDateSchema.describe('Date of the review.'),
    body: PlainTextSchema.optional().describe('Who reviews, if not the reporting body.'),
    description: LocalizedTextSchema.optional().describe('What the review looks at.'),
  })
  .describe('A planned review of the plan.');

/**
 * A contribution a member offers to the plan.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = ContributionSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const ContributionSchema = z
  .strictObject({
    member: PlainTextSchema.describe('Name of the contributing member.'),
    category: z.enum(MEMBER_CATEGORIES).describe('ITU membership category of the contributor.'),
    kind: z.enum(CONTRIBUTION_KINDS).describe('Financial, in kind or expertise.'),
    amount: AmountSchema.optional().describe('Value of the contribution, if known.'),
    currency: CurrencySchema.optional().describe(
      'Currency of the amount; required with an amount.',
    ),
    description: LocalizedTextSchema.optional().describe('What is contributed.'),
  })
  .describe("A member's contribution to the plan.");

/**
 * How the bureaus and regional offices work together on the plan, and how it is reported.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = WorkArrangementsSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const WorkArrangementsSchema = z
  .strictObject({
    leadBureau: z.enum(BUREAUS).describe('The bureau that coordinates the plan.'),
    participatingBureaus: z
      .array(z.enum(BUREAUS))
      .default(() => [])
      .describe('Other bureaus that take part.'),
    regionalOffices: z
      .array(EntityRefSchema)
      .default(() => [])
      .describe('Ids of the regional and area offices that take part.'),
    communicationGroup: CommunicationGroupSchema.optional(),
    reporting: z
      .strictObject({
        cadence: z.enum(REPORTING_CADENCES).describe('How often progress is reported.'),
        body: PlainTextSchema.describe('Who progress is reported to, e.g. "CWG-WSIS&SDG".'),
      })
      .describe('How progress is reported.'),
    reviews: z
      .array(ReviewSchema)
      .default(() => [])
      .describe('Planned reviews.'),
    contributions: z
      .array(ContributionSchema)
      .default(() => [])
      .describe("Members' contributions to the plan."),
  })
  .describe('The work arrangements of the plan.');

/**
 * The validated work arrangements of a plan.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * const arrangements: WorkArrangements = plan.arrangements;
 * ```
 */
export interface WorkArrangements extends Omit<
  z.output<typeof WorkArrangementsSchema>,
  'contributions'
> {
  contributions: Contribution[];
}

/**
 * A validated member contribution.
 *
 * @example
 * ```ts
 * const contribution: Contribution = { member: 'Republic of Korea', category: 'member-state', kind: 'financial', amount: 500000, currency: 'USD' };
 * ```
 */
export interface Contribution extends Omit<z.output<typeof ContributionSchema>, 'currency'> {
  currency?: CurrencyCode | undefined;
}
