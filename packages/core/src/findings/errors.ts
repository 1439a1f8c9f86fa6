import type { ValidationIssue } from './issue.js';

/**
 * The base class of every error the SDK throws; `instanceof AicbError` catches them all.
 *
 * @example
 * ```ts
 * try {
 *   parseWorkPlan({});
 * } catch (error) {
 *   if (error instanceof AicbError) console.log(error.code);
 * }
 * ```
 */
export class AicbError extends Error {
  /** A stable code for the kind of failure. */
  readonly code: string;

  /**
   * @param code - A stable code for the kind of failure.
   * @param message - What went wrong.
   * @param options - The underlying cause, if any.
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AicbError';
    this.code = code;
  }
}

/**
 * Thrown by the `parseX` functions when a document is invalid; carries every finding.
 *
 * @example
 * ```ts
 * try {
 *   parseWorkPlan({ kind: 'WorkPlan' });
 * } catch (error) {
 *   if (error instanceof DocumentValidationError) console.log(error.issues.length);
 * }
 * ```
 */
export class DocumentValidationError extends AicbError {
  /** The errors that make the document invalid. */
  readonly issues: readonly ValidationIssue[];
  /** The warnings and notes found alongside. */
  readonly warnings: readonly ValidationIssue[];

  /**
   * @param issues - The errors found.
   * @param warnings - The warnings found alongside.
   */
  constructor(issues: readonly ValidationIssue[], warnings: readonly ValidationIssue[] = []) {
    const first = issues[0];
    const summary =
      first === undefined
        ? 'The document is invalid.'
        : `The document is invalid: ${first.pointer || '(root)'}: ${first.message}` +
          (issues.length > 1 ? ` (and ${issues.length - 1} more)` : '');
    super('document-invalid', summary);
    this.name = 'DocumentValidationError';
    this.issues = issues;
    this.warnings = warnings;
  }
}
