import { DocumentValidationError } from '../findings/errors.js';
import { PROGRESS_REPORT_RULES } from '../rules/progress-report/report-rules.js';
import type { ValidationResult } from '../findings/issue.js';
import type { ValidateOptions } from './validate-with.js';
import { validateWith } from './validate-with.js';
import type { ProgressReport } from '../documents/progress-report/progress-report.js';
import { ProgressReportSchema } from '../documents/progress-report/progress-report.js';

/**
 * Checks a progress report on its own: its structure, then the rules that need no other document.
 * The checks against the plan it reports on and against the plan's other reports run when it is
 * validated in a workspace with them (`validateWorkspace`). Never throws.
 *
 * @param input - Any value, typically parsed from a report file.
 * @param options - Rule severity overrides.
 * @returns The typed report with its warnings, or the errors that make it invalid.
 *
 * @example
 * ```ts
 * const result = validateProgressReport({ kind: 'ProgressReport', schemaVersion: 1 });
 * result.ok;
 * //=> false
 * ```
 */
export function validateProgressReport(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ProgressReport> {
  return validateWith(ProgressReportSchema, PROGRESS_REPORT_RULES, input, options);
}

/**
 * Checks a progress report and returns it typed, or throws.
 *
 * @param input - Any value, typically parsed from a report file.
 * @param options - Rule severity overrides.
 * @returns The typed report, with defaults applied.
 * @throws {@link DocumentValidationError} carrying every error when the report is invalid.
 *
 * @example
 * ```ts
 * try {
 *   parseProgressReport({ kind: 'ProgressReport' });
 * } catch (error) {
 *   if (error instanceof DocumentValidationError) console.log(error.issues[0]?.code);
 * }
 * ```
 */
export function parseProgressReport(input: unknown, options?: ValidateOptions): ProgressReport {
  const result = validateProgressReport(input, options);
  if (!result.ok) throw new DocumentValidationError(result.issues, result.warnings);
  return result.value;
}
