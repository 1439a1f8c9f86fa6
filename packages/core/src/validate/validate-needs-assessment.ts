import { DocumentValidationError } from '../findings/errors.js';
import { NEEDS_ASSESSMENT_RULES } from '../rules/needs-assessment/assessment-rules.js';
import type { ValidationResult } from '../findings/issue.js';
import type { ValidateOptions } from './validate-with.js';
import { validateWith } from './validate-with.js';
import type { NeedsAssessment } from '../documents/needs-assessment/needs-assessment.js';
import { NeedsAssessmentSchema } from '../documents/needs-assessment/needs-assessment.js';

/**
 * Checks a needs assessment: its structure, then every work-plan rule. Never throws.
 *
 * @param input - Any value, typically parsed from an assessment file.
 * @param options - Rule severity overrides.
 * @returns The typed assessment with its warnings, or the errors that make it invalid.
 *
 * @example
 * ```ts
 * const result = validateNeedsAssessment({ kind: 'NeedsAssessment', schemaVersion: 1 });
 * result.ok;
 * //=> false
 * ```
 */
export function validateNeedsAssessment(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<NeedsAssessment> {
  return validateWith(NeedsAssessmentSchema, NEEDS_ASSESSMENT_RULES, input, options);
}

/**
 * Checks a needs assessment and returns it typed, or throws.
 *
 * @param input - Any value, typically parsed from an assessment file.
 * @param options - Rule severity overrides.
 * @returns The typed assessment, with defaults applied.
 * @throws {@link DocumentValidationError} carrying every error when the assessment is invalid.
 *
 * @example
 * ```ts
 * try {
 *   parseNeedsAssessment({ kind: 'NeedsAssessment' });
 * } catch (error) {
 *   if (error instanceof DocumentValidationError) console.log(error.issues[0]?.code);
 * }
 * ```
 */
export function parseNeedsAssessment(input: unknown, options?: ValidateOptions): NeedsAssessment {
  const result = validateNeedsAssessment(input, options);
  if (!result.ok) throw new DocumentValidationError(result.issues, result.warnings);
  return result.value;
}
