import type { DocumentKind } from '../documents/document-kind.js';
import { DOCUMENT_KINDS, isDocumentKind } from '../documents/document-kind.js';
import type { PlanDocument } from '../documents/plan-document.js';
import { closestMatch } from '../findings/closest.js';
import { createIssue } from '../findings/create-issue.js';
import { describeValue } from '../findings/describe-value.js';
import type { ValidationResult } from '../findings/issue.js';
import { validateInitiativeCatalogue } from './validate-initiative-catalogue.js';
import { validateNeedsAssessment } from './validate-needs-assessment.js';
import { validateProgressReport } from './validate-progress-report.js';
import { validateScoringProfile } from './validate-scoring-profile.js';
import type { ValidateOptions } from './validate-with.js';
import { localeOf } from './validate-with.js';
import { localizeResult } from '../findings/localize-issue.js';
import { isPlainRecord } from './validate-with.js';
import { validateWorkPlan } from './validate-work-plan.js';
import { kindMismatch } from './kind-mismatch.js';

/** The validator of each kind. */
const VALIDATORS: {
  readonly [K in DocumentKind]: (
    input: unknown,
    options?: ValidateOptions,
  ) => ValidationResult<PlanDocument>;
} = {
  WorkPlan: validateWorkPlan,
  InitiativeCatalogue: validateInitiativeCatalogue,
  NeedsAssessment: validateNeedsAssessment,
  ScoringProfile: validateScoringProfile,
  ProgressReport: validateProgressReport,
};

/**
 * Checks any plan document, choosing the validator by its `kind`. Never throws.
 *
 * A missing or unknown `kind` is one finding that names the known kinds (with a did-you-mean hint).
 *
 * @param input - Any value, typically parsed from a plan file.
 * @param options - Rule severity overrides.
 * @returns The typed document with its warnings, or the errors that make it invalid.
 *
 * @example
 * ```ts
 * const result = validateDocument({ kind: 'Workplan' });
 * result.ok ? undefined : result.issues[0]?.hint;
 * //=> 'Did you mean "WorkPlan"?'
 * ```
 */
export function validateDocument(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<PlanDocument> {
  return localizeResult(validateAnyKind(input, options), localeOf(options));
}

function validateAnyKind(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<PlanDocument> {
  let kind: unknown;
  try {
    if (!isPlainRecord(input)) {
      const received = describeValue(input);
      return {
        ok: false,
        issues: [createIssue('document/not-an-object', 'error', [], { received })],
        warnings: [],
      };
    }
    kind = input['kind'];
  } catch {
    kind = undefined;
  }
  if (isDocumentKind(kind)) {
    const result = VALIDATORS[kind](input, options);
    if (result.ok) return result;
    // Only a document that fails its kind can be another kind: valid ones pay nothing for this.
    const mismatch = kindMismatch(kind, input);
    return mismatch === undefined ? result : { ok: false, issues: [mismatch], warnings: [] };
  }
  switch (kind) {
    case undefined:
      return {
        ok: false,
        issues: [
          createIssue('document/missing-kind', 'error', ['kind'], { known: DOCUMENT_KINDS }),
        ],
        warnings: [],
      };
    default:
      return {
        ok: false,
        issues: [
          typeof kind === 'string'
            ? createIssue('document/unknown-kind', 'error', ['kind'], {
                kind,
                known: DOCUMENT_KINDS,
                suggestion: closestMatch(kind, DOCUMENT_KINDS),
              })
            : createIssue('schema/invalid-type', 'error', ['kind'], {
                expected: `text: ${DOCUMENT_KINDS.join(', ')}`,
                received: describeValue(kind),
              }),
        ],
        warnings: [],
      };
  }
}
