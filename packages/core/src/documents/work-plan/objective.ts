import * as z from 'zod';
import { PILLARS } from '../../codes/pillars.js';
import {
  IdSchema,
  IndicatorSchema,
  LocalizedTextSchema,
  SdgTargetSchema,
} from '../../schemas/common.js';

/**
 * One of the plan's main objectives, with the pillars it addresses and how progress is measured.
 *
 * @example
 * ```ts
 * declare const value: unknown;
 * const result = ObjectiveSchema.safeParse(value);
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const ObjectiveSchema = z
  .strictObject({
    id: IdSchema.describe('Identifier of the objective, unique in the plan; measures refer to it.'),
    title: LocalizedTextSchema.describe('The objective in one sentence.'),
    description: LocalizedTextSchema.optional().describe('What the objective means in practice.'),
    pillars: z
      .array(z.enum(PILLARS))
      .min(1)
      .describe('Resource pillars and enablers the objective addresses.'),
    sdgTargets: z
      .array(SdgTargetSchema)
      .default(() => [])
      .describe('SDG targets the objective contributes to.'),
    indicators: z
      .array(IndicatorSchema)
      .default(() => [])
      .describe('Indicators that show progress towards the objective.'),
  })
  .describe('A main objective of the work plan.');

/**
 * A validated objective.
 *
 * @example
 * ```ts
 * const objective: Objective = {
 *   id: 'O1',
 *   title: { en: 'Close the AI talent gap in LDCs' },
 *   pillars: ['talent'],
 *   sdgTargets: ['4.4'],
 *   indicators: [],
 * };
 * ```
 */
export interface Objective extends z.output<typeof ObjectiveSchema> {}

/**
 * An objective as written in a plan file, before defaults are applied.
 *
 * @example
 * ```ts
 * const objective: ObjectiveInput = { id: 'O1', title: 'Close the AI talent gap in LDCs', pillars: ['talent'] };
 * ```
 */
export interface ObjectiveInput extends z.input<typeof ObjectiveSchema> {}
