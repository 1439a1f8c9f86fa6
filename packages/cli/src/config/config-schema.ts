import * as z from 'zod';
import { ISSUE_CODE_REFERENCE } from '@itu-aicb/core';
import { isCalendarDate } from '../command-args.js';

/** The codes whose severity a project may change: the rules, not the structural codes. */
export const RULE_CODES: readonly string[] = ISSUE_CODE_REFERENCE.filter(
  (entry) => entry.group === 'rule' && entry.code !== 'rule/crashed',
).map((entry) => entry.code);

/** What a rule may be set to. */
export const RULE_SETTINGS = ['error', 'warning', 'info', 'off'] as const;

const CalendarDate = z
  .string()
  .refine(isCalendarDate, { error: 'a date written YYYY-MM-DD' })
  .meta({ format: 'date' });

const Paths = z.array(z.string().min(1)).min(1);

const SuppressionEntry = z
  .strictObject({
    file: z.string().min(1).describe('The file, relative to the config file.'),
    pointer: z
      .string()
      .regex(/^(\/.*)?$/, { error: 'a JSON Pointer such as /measures/2' })
      .optional()
      .describe(
        'The JSON Pointer whose findings (and those below it) are suppressed; default: the whole file.',
      ),
    code: z.string().min(1).describe('The code of the findings suppressed.'),
    reason: z
      .string()
      .optional()
      .describe('Why the findings are accepted; required to suppress anything.'),
    expires: CalendarDate.optional().describe('The last day the suppression holds, YYYY-MM-DD.'),
  })
  .describe('Findings of one code, in one file and under one pointer, accepted with a reason.');

/**
 * The configuration file, `aicb.config.yaml` or `aicb.config.json`: what to check, the severity
 * of rules, the scoring defaults, the baseline and the suppressions. Paths are relative to the
 * file's folder.
 */
export const AicbConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
    files: Paths.optional().describe(
      "Files, folders and globs 'aicb validate' checks when it is given no paths.",
    ),
    ignore: Paths.optional().describe(
      'Globs of files and folders left out of searches (**, * and ? as in shells; a folder stands for everything in it). Files named on the command line are always checked.',
    ),
    rules: z
      .partialRecord(z.enum(RULE_CODES as [string, ...string[]]), z.enum(RULE_SETTINGS))
      .optional()
      .describe('Severity by rule code, or off; --rule on the command line overrides it.'),
    scoring: z
      .strictObject({
        profile: z
          .string()
          .min(1)
          .optional()
          .describe(
            "The scoring profile for 'aicb prioritize', and for 'aicb report' when the files hold none.",
          ),
        asOf: CalendarDate.optional().describe(
          "The date of 'aicb prioritize' (LDC, LLDC and SIDS membership), 'aicb report' and 'aicb status', YYYY-MM-DD.",
        ),
      })
      .optional()
      .describe(
        "Defaults of 'aicb prioritize', 'aicb report' and 'aicb status'; their options override them.",
      ),
    baseline: z
      .string()
      .min(1)
      .optional()
      .describe("The baseline file of 'aicb validate', as --baseline gives it."),
    suppressions: z.array(SuppressionEntry).optional(),
  })
  .meta({
    $id: 'urn:itu-aicb:schema:cli-config:1',
    title: 'aicb.config.yaml',
  });

/** The configuration, as read from its file. */
export type AicbConfig = z.output<typeof AicbConfigSchema>;

/**
 * The JSON Schema of the configuration file, as committed in `schemas/aicb-config.schema.json`.
 *
 * @returns The schema, draft 2020-12.
 */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AicbConfigSchema, { target: 'draft-2020-12' });
}
