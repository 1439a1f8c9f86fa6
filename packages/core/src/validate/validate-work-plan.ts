import { DocumentValidationError } from '../findings/errors.js';
import { WORK_PLAN_RULES } from '../rules/work-plan/work-plan-rules.js';
import type { ValidationResult } from '../findings/issue.js';
import type { ValidateOptions } from './validate-with.js';
import { validateWith } from './validate-with.js';
import type { WorkPlan } from '../documents/work-plan/work-plan.js';
import { WorkPlanSchema } from '../documents/work-plan/work-plan.js';

/**
 * Checks a work plan: its structure, then every work-plan rule. Never throws.
 *
 * @param input - Any value, typically parsed from a plan file.
 * @param options - Rule severity overrides.
 * @returns The typed plan with its warnings, or the errors that make it invalid.
 *
 * @example
 * ```ts
 * const result = validateWorkPlan({ kind: 'WorkPlan', schemaVersion: 1 });
 * result.ok;
 * //=> false
 * ```
 */
export function validateWorkPlan(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<WorkPlan> {
  return validateWith(WorkPlanSchema, WORK_PLAN_RULES, input, options);
}

/**
 * Checks a work plan and returns it typed, or throws.
 *
 * @param input - Any value, typically parsed from a plan file.
 * @param options - Rule severity overrides.
 * @returns The typed plan, with defaults applied.
 * @throws {@link DocumentValidationError} carrying every error when the plan is invalid.
 *
 * @example
 * ```ts
 * try {
 *   parseWorkPlan({ kind: 'WorkPlan' });
 * } catch (error) {
 *   if (error instanceof DocumentValidationError) console.log(error.issues[0]?.code);
 * }
 * ```
 */
export function parseWorkPlan(input: unknown, options?: ValidateOptions): WorkPlan {
  const result = validateWorkPlan(input, options);
  if (!result.ok) throw new DocumentValidationError(result.issues, result.warnings);
  return result.value;
}
