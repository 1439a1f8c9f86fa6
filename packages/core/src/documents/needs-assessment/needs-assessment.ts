import * as z from 'zod';
import { ASSESSMENT_FRAMEWORKS } from '../../codes/frameworks.js';
import { MATURITY_TIERS } from '../../codes/maturity-tiers.js';
import { PILLARS } from '../../codes/pillars.js';
import { ITU_REGIONS } from '../../codes/regions.js';
import {
  CountryCodeSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PlainTextSchema,
  UrlSchema,
  documentEnvelope,
} from '../../schemas/common.js';

/**
 * Priorities a stated need can have.
 *
 * @example
 * ```ts
 * NEED_PRIORITIES[0];
 * //=> 'high'
 * ```
 */
export const NEED_PRIORITIES = ['high', 'medium', 'low'] as const;

/**
 * The lowest and highest level of the assessment scale.
 *
 * @example
 * ```ts
 * LEVEL_SCALE.max - LEVEL_SCALE.min;
 * //=> 5
 * ```
 */
export const LEVEL_SCALE = { min: 0, max: 5 } as const;

/**
 * Whom or what an assessment is about: one country or one region.
 *
 * @example
 * ```ts
 * AssessmentScopeSchema.safeParse({ type: 'region', region: 'AFR' }).success;
 * //=> true
 * ```
 */
export const AssessmentScopeSchema = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal('country').describe('The assessment is about one country.'),
        country: CountryCodeSchema,
      })
      .describe('One country.'),
    z
      .strictObject({
        type: z.literal('region').describe('The assessment is about one ITU-D region.'),
        region: z.enum(ITU_REGIONS).describe('The ITU-D region.'),
      })
      .describe('One ITU-D region.'),
  ])
  .describe('What the assessment is about: one country or one ITU-D region.');

/**
 * A piece of evidence behind an assessed level.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = EvidenceSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const EvidenceSchema = z
  .strictObject({
    description: LocalizedTextSchema.describe('What the evidence shows.'),
    source: PlainTextSchema.optional().describe('Where it comes from.'),
    url: UrlSchema.optional().describe('Where it can be read.'),
  })
  .describe('Evidence behind an assessed level.');

const LevelSchema = z
  .number()
  .min(LEVEL_SCALE.min)
  .max(LEVEL_SCALE.max)
  .describe(`Level on a scale from ${LEVEL_SCALE.min} (absent) to ${LEVEL_SCALE.max} (advanced).`);

/**
 * The assessed and targeted level of one pillar.
 *
 * @example
 * ```ts
 * PillarAssessmentSchema.safeParse({ current: 1, target: 3 }).success;
 * //=> true
 * ```
 */
export const PillarAssessmentSchema = z
  .strictObject({
    current: LevelSchema.describe(
      `Current level, from ${LEVEL_SCALE.min} (absent) to ${LEVEL_SCALE.max} (advanced).`,
    ),
    target: LevelSchema.describe(
      `Level to reach, from ${LEVEL_SCALE.min} (absent) to ${LEVEL_SCALE.max} (advanced).`,
    ),
    evidence: z
      .array(EvidenceSchema)
      .default(() => [])
      .describe('Evidence for the current level.'),
  })
  .describe('The assessed and targeted level of one pillar.');

const pillarShape = Object.fromEntries(
  PILLARS.map((pillar) => [pillar, PillarAssessmentSchema.optional()]),
) as Record<(typeof PILLARS)[number], z.ZodOptional<typeof PillarAssessmentSchema>>;

/**
 * A need the assessment names as a priority.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = PriorityNeedSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const PriorityNeedSchema = z
  .strictObject({
    pillar: z.enum(PILLARS).describe('The pillar the need belongs to.'),
    description: LocalizedTextSchema.describe('The need, as the country states it.'),
    priority: z.enum(NEED_PRIORITIES).describe('How urgent the need is.'),
  })
  .describe('A stated priority need.');

/**
 * A person or organisation that carried out the assessment.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = AssessorSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const AssessorSchema = z
  .strictObject({
    name: PlainTextSchema.describe('Name of the person or organisation.'),
    organisation: PlainTextSchema.optional().describe('Organisation of the person.'),
    role: PlainTextSchema.optional().describe('Role in the assessment.'),
  })
  .describe('Who assessed.');

/**
 * A country's or region's AI capacity needs, per pillar.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = NeedsAssessmentSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const NeedsAssessmentSchema = z
  .strictObject({
    ...documentEnvelope('NeedsAssessment'),
    id: IdSchema.describe('Identifier of the assessment, unique in a workspace.'),
    scope: AssessmentScopeSchema,
    date: IsoDateSchema.describe('Date the assessment was completed.'),
    method: z
      .strictObject({
        framework: z
          .enum(ASSESSMENT_FRAMEWORKS)
          .describe('Readiness or assessment framework used.'),
        version: PlainTextSchema.describe(
          'Version of the framework as the framework table records it, e.g. "2" (ITU AI Ready) or "2023" (ITU IDI).',
        ),
        description: LocalizedTextSchema.optional().describe('How the assessment was carried out.'),
      })
      .describe('How the needs were assessed.'),
    maturityTier: z
      .union(MATURITY_TIERS.map((tier) => z.literal(tier)))
      .describe('AI maturity tier from 0 (AI nascent) to 4 (AI developers).'),
    pillars: z.strictObject(pillarShape).describe('Assessed levels by pillar.'),
    priorityNeeds: z
      .array(PriorityNeedSchema)
      .default(() => [])
      .describe('Needs the country or region names as priorities.'),
    assessedBy: z.array(AssessorSchema).min(1).describe('Who carried out the assessment.'),
    notes: LocalizedTextSchema.optional().describe('Anything else a reader should know.'),
  })
  .describe("A country's or region's AI capacity needs, per pillar.");

/**
 * A validated needs assessment, with defaults applied.
 *
 * @example
 * ```ts
 * declare const assessment: NeedsAssessment;
 * if (assessment.scope.type === 'country') console.log(assessment.scope.country);
 * ```
 */
export interface NeedsAssessment extends z.output<typeof NeedsAssessmentSchema> {}

/**
 * A needs assessment as written in a file: what `validateNeedsAssessment` accepts.
 *
 * @example
 * ```ts
 * const input: NeedsAssessmentInput = {
 *   kind: 'NeedsAssessment',
 *   schemaVersion: 1,
 *   id: 'na-ken-2026',
 *   scope: { type: 'country', country: 'KEN' },
 *   date: '2026-02-15',
 *   method: { framework: 'itu-ai-ready', version: '2' },
 *   maturityTier: 1,
 *   pillars: { talent: { current: 1.5, target: 3 } },
 *   assessedBy: [{ name: 'Ministry of ICT' }],
 * };
 * ```
 */
export interface NeedsAssessmentInput extends z.input<typeof NeedsAssessmentSchema> {}

/**
 * The assessed and targeted level of one pillar.
 *
 * @example
 * ```ts
 * const talent: PillarAssessment = { current: 1, target: 3, evidence: [] };
 * ```
 */
export interface PillarAssessment extends z.output<typeof PillarAssessmentSchema> {}
